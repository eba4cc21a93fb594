/**
 * The small charts of the overview's cards (pure): which chart a dataset's card draws for its headline figure, and
 * the geometry of the timeline strip. The bar and the waffle reuse the page charts' own geometry.
 */
import type { ResolvedChart } from '../charts/resolve';
import type { Dataset } from '../model/schema';

export type CardChartKind = 'bar' | 'waffle' | 'strip' | 'map';

/** The strip for a dataset of events; a small map for the places; the waffle when the headline figure's page chart is a waffle; else its bar. */
export function cardChartKind(ds: Pick<Dataset, 'kind' | 'headline'>, charts: readonly ResolvedChart[]): CardChartKind {
  if (ds.kind === 'events') return 'strip';
  // The places the report names have no figure: their card shows where they are.
  if (ds.kind === 'places') return 'map';
  const home = charts.find((c) => c.rows.some((r) => r.id === ds.headline));
  return home?.kind === 'waffle' ? 'waffle' : 'bar';
}

export interface StripMark {
  id: string;
  /** left and right edge; equal for an event dated to the day */
  x0: number;
  x1: number;
  headline: boolean;
}
export interface Strip {
  width: number;
  /** where the compressed years before `from` end and the linear axis starts */
  breakX: number;
  ticks: { x: number; label: string }[];
  marks: StripMark[];
}

const DAY = 86_400_000;
/** First and last instant of a date given to the year, month or day ("2020", "2020-09", "2020-09-27"). */
function span(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined) return [Date.UTC(y, m! - 1, d), Date.UTC(y, m! - 1, d)];
  if (m !== undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1) - DAY];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - DAY];
}

/**
 * A horizontal strip of dated events, `width` wide: the years `from` to `to` (inclusive) on a linear axis on the
 * right, every earlier year in a compressed stretch on the left (`compressed` px, one equal step per year from the
 * earliest), as the page's time axis compresses the years before the war.
 */
export function timelineStrip(
  events: readonly { id: string; date: string; endDate: string | null }[],
  headlineId: string,
  opts: { width: number; from: number; to: number; compressed: number; pad?: number },
): Strip {
  const pad = opts.pad ?? 6;
  const start = Date.UTC(opts.from, 0, 1);
  const end = Date.UTC(opts.to + 1, 0, 1);
  const first = Math.min(...events.map((e) => Number(e.date.slice(0, 4))), opts.from);
  const early = opts.from - first;
  const breakX = early > 0 ? pad + opts.compressed : pad;
  const right = opts.width - pad;
  const x = (t: number): number => {
    if (t >= start) return breakX + ((Math.min(t, end) - start) / (end - start)) * (right - breakX);
    const year = new Date(t).getUTCFullYear();
    return pad + ((year - first) / early) * (opts.compressed - 8);
  };
  const marks = events.map((e) => {
    const [a] = span(e.date);
    const [, b] = span(e.endDate ?? e.date);
    return { id: e.id, x0: x(a), x1: Math.max(x(a), x(b)), headline: e.id === headlineId };
  });
  const ticks = [
    ...(early > 0 ? [{ x: pad, label: String(first) }] : []),
    ...Array.from({ length: opts.to - opts.from + 2 }, (_, i) => ({
      x: x(Date.UTC(opts.from + i, 0, 1)),
      label: String(opts.from + i),
    })),
  ];
  return { width: opts.width, breakX, ticks, marks };
}
