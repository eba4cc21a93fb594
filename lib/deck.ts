/**
 * The briefing deck's model (pure): which slides a deck has, in what order, and how the URL's
 * `slide` and `ids` parameters are read. Slides are 1-based in the URL.
 */
import { REPORT } from '../data/report';
import { SLIDE_SPECS } from './chart-specs';
import { chartOf } from './chart-registry';
import { fillTemplate, type ResolvedChart, type SlideSpec } from './charts';
import type { Dataset, Row } from './schema';

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

const chunk = <T,>(xs: readonly T[], n: number): T[][] => {
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
  return slide.charts.flatMap((c) => c.rows).filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

/** `ids=a,b` → known ids in the given order (deduplicated) and the unknown ones; null/empty → every dataset. */
export function parseIds(raw: string | null | undefined, known: readonly string[]): { ids: string[]; unknown: string[] } {
  if (raw === null || raw === undefined || raw.trim() === '') return { ids: [...known], unknown: [] };
  const parts = raw.slice(0, 2000).split(',').map((s) => s.trim()).filter(Boolean).slice(0, 50);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const p of parts) {
    if (known.includes(p)) {
      if (!ids.includes(p)) ids.push(p);
    } else if (!unknown.includes(p)) unknown.push(p.slice(0, 60));
  }
  return { ids: ids.length > 0 ? ids : [...known], unknown };
}

/** The slides of a deck limited to `ids`, in the order of `ids`, keeping the title and closing slides. */
export function deckSlides<S extends Pick<Slide, 'datasetId'>>(slides: readonly S[], ids: readonly string[]): S[] {
  const first = slides.filter((s) => s.datasetId === null).slice(0, 1);
  const last = slides.filter((s) => s.datasetId === null).slice(1);
  return [...first, ...ids.flatMap((id) => slides.filter((s) => s.datasetId === id)), ...last];
}

/** `slide=N` (1-based) → the nearest valid slide index (0-based). Not a number → the first slide. */
export function parseSlide(raw: string | null | undefined, count: number): number {
  if (count <= 0) return 0;
  const n = raw === null || raw === undefined ? Number.NaN : Number(raw.trim());
  if (!Number.isFinite(n) || raw?.trim() === '') return 0;
  return Math.min(Math.max(Math.round(n), 1), count) - 1;
}

export type DeckAction = 'next' | 'prev' | 'first' | 'last' | null;

export function keyAction(key: string): DeckAction {
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'Spacebar':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

export function step(index: number, action: DeckAction, count: number): number {
  switch (action) {
    case 'next':
      return Math.min(index + 1, count - 1);
    case 'prev':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    default:
      return index;
  }
}
