/**
 * The briefing deck's model (pure): which slides a deck has, picked from the chart specs, and their notes.
 * How the URL's `slide` and `ids` parameters are read and keys move the deck is in lib/deck/nav.ts, which
 * the browser loads without the data.
 */
import { RELEASE } from '../../data/release';
import { REPORT } from '../../data/report';
import { SLIDE_SPECS } from '../charts/specs';
import { chartOf } from '../charts/registry';
import { type ChartKind, fillTemplate, type ResolvedChart, type SlideSpec } from '../charts/resolve';
import { footnoteLabel, formatPartialDate } from '../model/format';
import { timelineLayout } from '../charts/geometry/timeline';
import { rowDate } from '../model/rows';
import { CLAIM_TYPES, type ClaimType, type Dataset, type EventRow, type FigureRow, type Row } from '../model/schema';
import { otherSourceNotes, type OtherNoteKind } from './other-notes';

/** How a slide lays out its charts (also its CSS class). */
export type SlideLayout = 'title' | 'closing' | 'bars' | 'waffle' | 'timeline' | 'cards' | 'map';

export interface Slide {
  key: string;
  /** null for the title and closing slides, which every deck keeps */
  datasetId: string | null;
  headline: string;
  layout: SlideLayout;
  /** The charts the slide picks from the chart specs (figure cards: the rows of this slide only). */
  charts: ResolvedChart[];
}

/**
 * How many rows of one chart a slide shows before the chart is split over several slides, "(k of n)": four figure
 * cards fit a projector at 24 px and above; seven events keep a time axis's labels at 18 pt in the PowerPoint file.
 * The web deck and the PowerPoint file split alike, so slide k is the same slide in both.
 */
export const ROWS_PER_SLIDE: Record<ChartKind, number | null> = {
  'figure-cards': 4,
  'time-axis': 7,
  'bounded-bars': null,
  'grouped-bars': null,
  waffle: null,
  map: null,
};

/** The layout a chart of each kind asks of its slide; the first chart that asks for one other than bars decides. */
const LAYOUT: Record<ChartKind, SlideLayout> = {
  'bounded-bars': 'bars',
  'grouped-bars': 'bars',
  waffle: 'waffle',
  'time-axis': 'timeline',
  'figure-cards': 'cards',
  map: 'map',
};

function layoutOf(charts: readonly ResolvedChart[]): SlideLayout {
  return charts.map((c) => LAYOUT[c.kind]).find((l) => l !== 'bars') ?? 'bars';
}

/**
 * A time axis on a slide, in points: the PowerPoint file's chart box (12.33 × 3.55 in) with 18 pt labels. A part of a
 * long axis must fit it unscaled; the web deck shows the same parts.
 */
export const SLIDE_TIME_AXIS = {
  widthPt: 12.333 * 72,
  heightPt: 3.55 * 72,
  layout: { charWidth: 9.6, lineH: 30, compressed: 50, minExpanded: 120 },
} as const;

function axisFits(events: readonly Row[]): boolean {
  const t = timelineLayout(events as EventRow[], { width: SLIDE_TIME_AXIS.widthPt, ...SLIDE_TIME_AXIS.layout });
  return t.height <= SLIDE_TIME_AXIS.heightPt;
}

/**
 * `rows` in parts of equal size (the last may be smaller): as few as keep each part within `max` rows and, for a time
 * axis, within a slide's height.
 */
function parts(kind: ChartKind, rows: readonly Row[], max: number): Row[][] {
  for (let n = Math.ceil(rows.length / max); n <= rows.length; n++) {
    const size = Math.ceil(rows.length / n);
    const split = Array.from({ length: n }, (_, i) => rows.slice(i * size, (i + 1) * size)).filter((p) => p.length);
    if (kind !== 'time-axis' || split.every(axisFits)) return split;
  }
  throw new Error(`a ${kind} of ${rows.length} rows does not fit slides`);
}

const byDate = (a: Row, b: Row) => (rowDate(a) ?? '').localeCompare(rowDate(b) ?? '') || a.id.localeCompare(b.id);

function slidesOf(spec: SlideSpec, ds: Dataset): Slide[] {
  const charts = spec.charts.map((id) => {
    const c = chartOf(ds.id, id);
    if (!c) throw new Error(`slide ${spec.key}: no chart "${id}" for dataset "${ds.id}"`);
    return c;
  });
  const rows = charts.flatMap((c) => c.rows);
  const headline = fillTemplate(spec.headline, { ds, rows, unit: charts[0]!.unit, where: `slide ${spec.key}` });
  const only = charts.length === 1 ? charts[0]! : null;
  const max = only ? ROWS_PER_SLIDE[only.kind] : null;
  const ordered = only?.kind === 'time-axis' ? [...only.rows].sort(byDate) : only?.rows;
  const split = only && ordered && max !== null ? parts(only.kind, ordered, max) : [];
  if (only && split.length > 1) {
    return split.map((part, i) => ({
      key: `${spec.key}-${i + 1}`,
      datasetId: ds.id,
      headline: `${headline} (${i + 1} of ${split.length})`,
      layout: layoutOf(charts),
      charts: [{ ...only, rows: part }],
    }));
  }
  return [{ key: spec.key, datasetId: ds.id, headline, layout: layoutOf(charts), charts }];
}

export function datasetSlides(ds: Dataset): Slide[] {
  return SLIDE_SPECS.filter((s) => s.dataset === ds.id).flatMap((s) => slidesOf(s, ds));
}

export function allSlides(datasets: readonly Dataset[]): Slide[] {
  return [
    { key: 'title', datasetId: null, headline: REPORT.title, layout: 'title', charts: [] },
    ...datasets.flatMap(datasetSlides),
    { key: 'closing', datasetId: null, headline: 'Sources and caveats', layout: 'closing', charts: [] },
  ];
}

/** Every row a slide shows, once, in the order shown: the rows its source line, claim line and notes cover. */
export function slideRows(slide: Pick<Slide, 'charts'>): Row[] {
  const seen = new Set<string>();
  return slide.charts
    .flatMap((c) => c.rows)
    .filter((r) => {
      if (seen.has(r.id)) return false;
      seen.add(r.id);
      return true;
    });
}

/** The claim line of the title and closing slides, in the web deck and the PowerPoint file. */
export const FRAMING_CLAIM_LINE = `Claim types used: ${CLAIM_TYPES.join(', ')}`;

/** A figure card's line under its label: qualifier, claim type, section, footnote and date. */
export function cardMeta(r: FigureRow): string {
  return `${r.qualifier} · ${r.claimType} · §${r.section}, ${r.footnote === null ? 'no fn.' : `fn. ${r.footnote}`}${r.date ? ` · ${formatPartialDate(r.date)}` : ''}`;
}

/** The caption under a slide's waffle: the spec's caption filled from the rows, or the chart's title. */
export function waffleCaption(c: ResolvedChart, dataset: Dataset | undefined): string {
  const caption = c.spec.display?.caption;
  return caption && dataset
    ? fillTemplate(caption, { ds: dataset, rows: c.rows, unit: c.unit, where: `${c.datasetId}/${c.id}` })
    : c.title;
}

/** The closing slide's points, the same in the web deck and the PowerPoint file. */
export const CLOSING_POINTS: readonly string[] = [
  'The report is by a think tank of one party to the conflict; figures are its claims, attributed.',
  '“Up to”, “nearly” and “over” are bounds, not points; “about” and “some” are approximate.',
  'Casualty totals have no footnote; the map accuracy is a statement by a party; arms imports are SIPRI trend-indicator values printed as dollars.',
  'Derived values (ratios, totals, the mapped-mines illustration) are computed here, not in the report.',
];

export interface SlideNotes {
  /** One per row shown: the verbatim phrase, where it is in the report, and the cited source. */
  quotes: { id: string; text: string; claimType: ClaimType | OtherNoteKind }[];
  /** Shown when the slide shows no row (title, closing). */
  fallback: string | null;
  caveats: string[];
}

/** The speaker notes of a slide: what the web deck shows on N and the PowerPoint file carries as notes. */
export function slideNotes(
  slide: Pick<Slide, 'charts' | 'datasetId'>,
  datasets: readonly Dataset[],
  citation: string,
): SlideNotes {
  const rows = slideRows(slide);
  const dataset = datasets.find((d) => d.id === slide.datasetId);
  return {
    quotes: rows
      .map((r): SlideNotes['quotes'][number] => ({
        id: r.id,
        text: `“${r.quote}” — section ${r.section}, ${footnoteLabel(r.footnote)}: ${r.source}`,
        claimType: r.claimType,
      }))
      .concat(otherSourceNotes(rows, slide.datasetId)),
    fallback: rows.length === 0 ? citation : null,
    caveats: dataset ? dataset.caveats.map((c) => c.text) : [],
  };
}

/** The line above the title slide's headline, in the web deck and the PowerPoint file. */
export const TITLE_KICKER = 'Figures from the report';

/** The title slide's text under its headline (the report's title), the same in the web deck and the PowerPoint file. */
export function titleSlideText(citation: string) {
  return {
    kicker: TITLE_KICKER,
    citation,
    standpoint:
      'Published by a think tank of one party to the conflict. Every figure is the report’s own, attributed; derived values are labelled.',
    release: `Data release ${RELEASE.version} (${RELEASE.date}). Sections, footnotes and verbatim phrases: in the speaker notes.`,
  };
}

/** The closing slide's opening paragraph, before CLOSING_POINTS, the same in the web deck and the PowerPoint file. */
export function closingIntro(): string {
  return `Every figure is the report’s (${REPORT.publisher}, ${REPORT.year}) unless marked derived. Each slide’s source line gives its sections and footnotes; the notes, dataset pages and downloads give each cited source and phrase.`;
}
