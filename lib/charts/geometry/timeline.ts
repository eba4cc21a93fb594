/**
 * Geometry of the vertical timeline (pure). Time runs downward on a piecewise-linear D3 time scale:
 * the years before 2020 are compressed, 2020–2021 (where most events fall) expanded, with a marked break.
 * An event is drawn at its own precision: a day as a point, a month as a band covering the month,
 * a year as a band covering the year, a period from its start to the end of its end date.
 */
import { scaleTime } from 'd3';
import type { EventRow, Precision } from '../../model/schema';
import { formatPartialDate } from '../../model/format';
import { fitText, px } from './bars';

export function periodStart(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y as number, (m ?? 1) - 1, d ?? 1));
}

/** The first instant after the period a partial date names. */
export function periodEnd(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return new Date(Date.UTC((y as number) + 1, 0, 1));
  if (d === undefined) return new Date(Date.UTC(y as number, m, 1));
  return new Date(Date.UTC(y as number, m - 1, d + 1));
}

export const BREAK = new Date(Date.UTC(2020, 0, 1));

export interface TimelineMark {
  id: string;
  kind: 'point' | 'band';
  precision: Precision;
  /** x of the mark: points sit on the axis; bands take the first free lane to its right. */
  x: number;
  y0: number;
  y1: number;
  cy: number;
  labelY: number;
  label: string;
  dateText: string;
  description: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisX: number;
  labelX: number;
  breakY: number;
  ticks: { y: number; label: string; major: boolean }[];
  marks: TimelineMark[];
}

export function timelineLayout(
  events: readonly EventRow[],
  opts: { width: number; charWidth?: number; lineH?: number; compressed?: number; minExpanded?: number },
): TimelineLayout {
  const { width, charWidth = 7, lineH = 20, compressed = 150, minExpanded = 420 } = opts;
  const first = new Date(Math.min(...events.map((e) => periodStart(e.date).getTime())));
  const last = new Date(Math.max(...events.map((e) => periodEnd(e.endDate ?? e.date).getTime())));
  const start = new Date(Date.UTC(first.getUTCFullYear(), 0, 1));
  const end = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1));
  const top = 16;
  const expanded = Math.max(minExpanded, events.length * lineH * 0.9);
  const straddles = start < BREAK && end > BREAK;
  const scale = straddles
    ? scaleTime()
        .domain([start, BREAK, end])
        .range([top, top + compressed, top + compressed + expanded])
    : scaleTime()
        .domain([start, end])
        .range([top, top + expanded]);
  const y = (d: Date) => px(scale(d));
  const axisX = width < 480 ? 44 : 64;
  const LANE = 9;
  const sorted = [...events].sort(
    (a, b) => periodStart(a.date).getTime() - periodStart(b.date).getTime() || a.id.localeCompare(b.id),
  );
  // Lanes: a band never overlaps another band in its lane.
  const laneEnds: number[] = [];
  const laneOf = new Map<string, number>();
  for (const e of sorted) {
    if (e.precision === 'day' && e.endDate === null) continue;
    const s0 = periodStart(e.date).getTime();
    const s1 = periodEnd(e.endDate ?? e.date).getTime();
    let lane = laneEnds.findIndex((endT) => endT <= s0);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(s1);
    } else laneEnds[lane] = s1;
    laneOf.set(e.id, lane);
  }
  const labelX = axisX + 26 + laneEnds.length * LANE;
  let nextFree = -Infinity;
  const marks: TimelineMark[] = sorted.map((e) => {
    const y0 = y(periodStart(e.date));
    const y1 = y(periodEnd(e.endDate ?? e.date));
    const isPoint = e.precision === 'day' && e.endDate === null;
    const cy = isPoint ? y0 : px((y0 + y1) / 2);
    const labelY = Math.max(cy, nextFree);
    nextFree = px(labelY + lineH);
    const dateText = e.endDate
      ? `${formatPartialDate(e.date)} – ${formatPartialDate(e.endDate)}`
      : formatPartialDate(e.date);
    return {
      id: e.id,
      kind: isPoint ? 'point' : 'band',
      precision: e.precision,
      x: isPoint ? axisX : axisX + 6 + (laneOf.get(e.id) ?? 0) * LANE,
      y0,
      y1: isPoint ? y0 : Math.max(y1, y0 + 2),
      cy,
      labelY,
      label: fitText(`${dateText}: ${e.event}`, width - labelX - 6, charWidth),
      dateText,
      description: `${dateText} (${e.precision} precision${e.dateBasis === 'footnote' ? ', dated by the cited article' : ''}): ${e.event}`,
    };
  });
  const ticks: TimelineLayout['ticks'] = [];
  for (let yr = Math.ceil(start.getUTCFullYear() / 5) * 5; straddles && yr < 2020; yr += 5)
    ticks.push({ y: y(new Date(Date.UTC(yr, 0, 1))), label: String(yr), major: true });
  for (
    let t = new Date(straddles ? BREAK : Date.UTC(start.getUTCFullYear(), Math.floor(start.getUTCMonth() / 3) * 3, 1));
    t <= end;
    t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 3, 1))
  ) {
    const jan = t.getUTCMonth() === 0;
    ticks.push({
      y: y(t),
      label: jan ? String(t.getUTCFullYear()) : t.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' }),
      major: jan,
    });
  }
  const height = px(Math.max(y(end), nextFree) + 16);
  return { width, height, axisX, labelX, breakY: straddles ? y(BREAK) : -1, ticks, marks };
}
