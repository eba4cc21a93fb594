/**
 * The briefing deck's model (pure): which slides a deck has, in what order, and how the URL's
 * `slide` and `ids` parameters are read. Slides are 1-based in the URL.
 */
import { REPORT } from '../data/report';
import { rowById } from './rows';
import type { Dataset, EventRow, FigureDataset, FigureRow } from './schema';

export type SlideBody =
  | { type: 'title' }
  | { type: 'closing' }
  | { type: 'bars'; rows: FigureRow[]; chart: string }
  | { type: 'waffle'; row: FigureRow; rows: FigureRow[] }
  | { type: 'timeline'; events: EventRow[] }
  | { type: 'cards'; rows: FigureRow[] };

export interface Slide {
  key: string;
  /** null for the title and closing slides, which every deck keeps */
  datasetId: string | null;
  headline: string;
  body: SlideBody;
}

const chunk = <T,>(xs: readonly T[], n: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

function figureSlides(ds: FigureDataset): Slide[] {
  const r = (id: string) => rowById(ds.rows, id, `deck, ${ds.id}`);
  const stored = ds.rows.filter((x) => x.claimType !== 'derived');
  switch (ds.id) {
    case 'arms-imports':
      return [
        {
          key: 'arms-imports',
          datasetId: ds.id,
          headline: `Arms imports 2011–2020: Azerbaijan ${r('azerbaijan-arms-imports-2011-2020').printed}, Armenia ${r('armenia-arms-imports-2011-2020').printed}`,
          body: { type: 'bars', rows: [r('azerbaijan-arms-imports-2011-2020'), r('armenia-arms-imports-2011-2020')], chart: 'imports' },
        },
      ];
    case 'agricultural-losses':
      return [
        {
          key: 'agricultural-shares',
          datasetId: ds.id,
          headline: 'What the occupied territories provided in the Soviet period, by the report’s account',
          body: { type: 'bars', rows: ds.rows.filter((x) => x.id.startsWith('share-')).sort((a, b) => b.value - a.value), chart: 'shares' },
        },
        {
          key: 'gdp-reductions',
          datasetId: ds.id,
          headline: 'GDP reductions and territory lost, as the report gives them',
          body: { type: 'bars', rows: ds.rows.filter((x) => !x.id.startsWith('share-')), chart: 'gdp' },
        },
      ];
    case 'mine-maps':
      return [
        {
          key: 'mine-maps',
          datasetId: ds.id,
          headline: 'Minefield maps: nearly 97,000 and 92,000 mines on the maps; stated accuracy “some 25 percent”',
          body: { type: 'waffle', row: r('accuracy-stated'), rows: [r('agdam-mines'), r('fuzuli-zangilan-mines'), r('total-mines-on-maps')] },
        },
      ];
    case 'casualties':
      return [
        {
          key: 'casualty-ranges',
          datasetId: ds.id,
          headline: 'Deaths in the war: “up to seven thousand” combatants, “over a hundred” civilians (official); “over ten thousand” (unofficial)',
          body: { type: 'bars', rows: ds.rows.filter((x) => x.group !== 'Incident counted by the report'), chart: 'ranges' },
        },
        {
          key: 'casualty-incidents',
          datasetId: ds.id,
          headline: 'Incidents the report counts',
          body: { type: 'bars', rows: ds.rows.filter((x) => x.group === 'Incident counted by the report'), chart: 'incidents' },
        },
      ];
    default:
      return chunk(stored, 4).map((rows, i, all) => ({
        key: `${ds.id}${all.length > 1 ? `-${i + 1}` : ''}`,
        datasetId: ds.id,
        headline: `${ds.title}${all.length > 1 ? ` (${i + 1} of ${all.length})` : ''}`,
        body: { type: 'cards', rows },
      }));
  }
}

export function datasetSlides(ds: Dataset): Slide[] {
  if (ds.kind === 'events') {
    const cut = '2020-09-01';
    const before = ds.rows.filter((e) => e.date < cut);
    const after = ds.rows.filter((e) => e.date >= cut);
    return [
      { key: 'timeline-before', datasetId: ds.id, headline: 'Before the war: dated events, 1988 – August 2020', body: { type: 'timeline', events: before } },
      { key: 'timeline-war', datasetId: ds.id, headline: 'The war and after: September 2020 – July 2021', body: { type: 'timeline', events: after } },
    ];
  }
  return figureSlides(ds);
}

export function allSlides(datasets: readonly Dataset[]): Slide[] {
  return [
    { key: 'title', datasetId: null, headline: REPORT.title, body: { type: 'title' } },
    ...datasets.flatMap(datasetSlides),
    { key: 'closing', datasetId: null, headline: 'Sources and caveats', body: { type: 'closing' } },
  ];
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
