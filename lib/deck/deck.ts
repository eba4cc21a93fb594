/**
 * The briefing deck's model (pure): which slides a deck has, picked from the chart specs, and their notes.
 * How the URL's `slide` and `ids` parameters are read and keys move the deck is in lib/deck/nav.ts, which
 * the browser loads without the data.
 */
import { REPORT } from '../../data/report';
import { SLIDE_SPECS } from '../charts/specs';
import { chartOf } from '../charts/registry';
import { fillTemplate, type ResolvedChart, type SlideSpec } from '../charts/resolve';
import { footnoteLabel, formatPartialDate } from '../model/format';
import { CLAIM_TYPES, type ClaimType, type Dataset, type FigureRow, type Row } from '../model/schema';

/** How a slide lays out its charts (also its CSS class). */
export type SlideLayout = 'title' | 'closing' | 'bars' | 'waffle' | 'timeline' | 'cards';

export interface Slide {
  key: string;
  /** null for the title and closing slides, which every deck keeps */
  datasetId: string | null;
  headline: string;
  layout: SlideLayout;
  /** The charts the slide picks from the chart specs (figure cards: the rows of this slide only). */
  charts: ResolvedChart[];
}

/** Figure cards per slide: four fit a projector at 24 px and above. */
export const CARDS_PER_SLIDE = 4;

const chunk = <T>(xs: readonly T[], n: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

function layoutOf(charts: readonly ResolvedChart[]): SlideLayout {
  if (charts.some((c) => c.kind === 'waffle')) return 'waffle';
  if (charts.some((c) => c.kind === 'time-axis')) return 'timeline';
  if (charts.some((c) => c.kind === 'figure-cards')) return 'cards';
  return 'bars';
}

function slidesOf(spec: SlideSpec, ds: Dataset): Slide[] {
  const charts = spec.charts.map((id) => {
    const c = chartOf(ds.id, id);
    if (!c) throw new Error(`slide ${spec.key}: no chart "${id}" for dataset "${ds.id}"`);
    return c;
  });
  const rows = charts.flatMap((c) => c.rows);
  const headline = fillTemplate(spec.headline, { ds, rows, unit: charts[0]!.unit, where: `slide ${spec.key}` });
  const cards = charts.length === 1 && charts[0]!.kind === 'figure-cards' ? charts[0]! : null;
  if (cards && cards.rows.length > CARDS_PER_SLIDE) {
    const parts = chunk(cards.rows, CARDS_PER_SLIDE);
    return parts.map((part, i) => ({
      key: `${spec.key}-${i + 1}`,
      datasetId: ds.id,
      headline: `${headline} (${i + 1} of ${parts.length})`,
      layout: 'cards',
      charts: [{ ...cards, rows: part }],
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
  quotes: { id: string; text: string; claimType: ClaimType }[];
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
    quotes: rows.map((r) => ({
      id: r.id,
      text: `“${r.quote}” — section ${r.section}, ${footnoteLabel(r.footnote)}: ${r.source}`,
      claimType: r.claimType,
    })),
    fallback: rows.length === 0 ? citation : null,
    caveats: dataset ? dataset.caveats.map((c) => c.text) : [],
  };
}
