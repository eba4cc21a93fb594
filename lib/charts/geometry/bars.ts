/**
 * Geometry of a horizontal bar panel for bounded figures (pure; D3 scales, no rendering). Each bar's kind and look
 * come from the bound rule (lib/model/bound.ts), its texts from the label rule (lib/model/labels.ts):
 *  - point:  exact figure, a solid bar from 0 to the value.
 *  - approx: "about"/"some", a solid bar with a dashed end.
 *  - upper:  "up to"/"nearly", the lower side is open: a bar that fades in from 0 and ends in a hard cap at the bound.
 *  - lower:  "over", the upper side is open: a hard cap at the bound and a fading bar with an arrow running on to the
 *            panel's edge.
 * A value label never sits on a faded or open part of a bar: it goes in the empty space beside the bound.
 */
import { scaleLinear } from 'd3';
import { MARK_LOOKS } from '../../model/bound';
import { type BoundKind, boundKind } from '../../model/bound-kind';
import { formatTick } from '../../model/format';
import { markName, markValue } from '../../model/labels';
import type { FigureRow } from '../../model/schema';

export type BarShape = BoundKind;

export interface BarGeom {
  id: string;
  label: string;
  valueText: string;
  shape: BarShape;
  derived: boolean;
  labelY: number;
  barY: number;
  barH: number;
  x0: number;
  x1: number;
  /** x of the known bound (the cap). */
  capX: number;
  /** where the value text starts, and its anchor */
  textX: number;
  textAnchor: 'start' | 'end';
  textOnBar: boolean;
  /** The label overlaps a faded or open part of its bar (no room elsewhere): drawn with a halo. */
  textOverOpen: boolean;
}

export interface BarPanel {
  width: number;
  height: number;
  axisY: number;
  plotLeft: number;
  plotRight: number;
  /** A tick's label is centred on it, but the last one ends at it when centring would run past the panel's edge. */
  ticks: { x: number; label: string; anchor: 'middle' | 'end' }[];
  bars: BarGeom[];
  domainMax: number;
  unit: string;
}

/** Length of the arrow drawn at the open end of an "over" bar. */
export const OPEN_ARROW = 30;

export interface BarPanelOptions {
  width: number;
  rowGap?: number;
  labelH?: number;
  barH?: number;
  charWidth?: number;
}

/**
 * A coordinate to a hundredth of a pixel: d3's scales give values such as 248.00000000000003, and every digit is written
 * into the page twice (the SVG and the data React hydrates it from).
 */
export function px(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * Truncate a label to the characters that fit, with an ellipsis, at the end of a word ("the Armenian…", never
 * "the Armenia…": a cut word can read as another word); mid-word only when the last space is in the first half.
 */
export function fitText(text: string, px: number, charWidth: number): string {
  const max = Math.max(4, Math.floor(px / charWidth));
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max - 1);
  const end = space >= max / 2 ? space : max - 1;
  return `${text.slice(0, end).replace(/[\s,;:.–-]+$/, '')}…`;
}

export function barPanel(rows: readonly FigureRow[], opts: BarPanelOptions): BarPanel {
  const { width, rowGap = 10, labelH = 18, barH = 16, charWidth = 7.2 } = opts;
  if (rows.length === 0) throw new Error('a bar panel needs at least one row');
  const unit = rows[0]!.unit;
  if (rows.some((r) => r.unit !== unit)) throw new Error('all rows in a panel share one unit');
  const plotLeft = 8;
  const plotRight = width - 12;
  const known = rows.map((r) => Math.max(r.low ?? 0, r.high ?? 0, r.value));
  const anyOpenUpper = rows.some((r) => boundKind(r.qualifier) === 'lower');
  const rawMax = Math.max(...known);
  // Room beyond the largest bound so an open upper side visibly runs on past it.
  const domainMax = rawMax * (anyOpenUpper ? 1.3 : 1.08);
  const x = scaleLinear()
    .domain([0, domainMax])
    .range([plotLeft, plotRight])
    .nice(Math.max(2, Math.floor(width / 110)));
  const niceMax = x.domain()[1] as number;
  const rowH = labelH + barH + rowGap;
  const bars: BarGeom[] = rows.map((row, i) => {
    const shape = boundKind(row.qualifier);
    const top = 4 + i * rowH;
    const bound = shape === 'lower' ? (row.low as number) : shape === 'upper' ? (row.high as number) : row.value;
    const capX = px(x(bound));
    const x0 = shape === 'lower' ? capX : plotLeft;
    const x1 = shape === 'lower' ? plotRight : capX;
    const valueText = markValue(row);
    const textW = valueText.length * charWidth;
    // Where the label may go without sitting on a faded or open part of a bar: right of the bound for a point, an
    // approximate point or "up to" (the bar ends there), left of the bound for "over" (its bar starts there).
    // A point's label may also go on its solid bar. With no room on the clear side (a long label on a phone-width
    // panel) it goes on the other side, with a halo, overflowing the least.
    const fitsRight = capX + 6 + textW <= width - 2;
    const fitsLeft = capX - 6 - textW >= 0;
    const textLeft =
      shape === 'lower'
        ? fitsLeft || (!fitsRight && capX > width - capX)
        : !fitsRight && (fitsLeft || capX > width - capX);
    return {
      id: row.id,
      label: fitText(markName(row), plotRight - plotLeft, charWidth),
      valueText,
      shape,
      derived: row.claimType === 'derived',
      labelY: top + labelH - 5,
      barY: top + labelH,
      barH,
      x0,
      x1: px(Math.max(x1, x0 + 2)),
      capX,
      textX: px(textLeft ? capX - 6 : capX + 6),
      textAnchor: textLeft ? 'end' : 'start',
      // On a solid bar the label takes the background colour; elsewhere it keeps the text colour.
      textOnBar: (shape === 'point' || shape === 'approx') && textLeft,
      // Over a faded or open part of a bar (only when the clear side has no room): drawn with a halo.
      textOverOpen: (shape === 'upper' && textLeft) || (shape === 'lower' && !textLeft),
    };
  });
  const axisY = 4 + rows.length * rowH;
  const tickValues = x.ticks(Math.max(2, Math.floor(width / 110)));
  const axisMax = Math.max(...tickValues.map(Math.abs));
  const ticks = tickValues.map((t) => {
    const label = formatTick(t, unit, axisMax);
    const tx = px(x(t));
    return {
      x: tx,
      label,
      anchor: tx + (label.length * charWidth) / 2 > width ? ('end' as const) : ('middle' as const),
    };
  });
  return { width, height: axisY + 24, axisY, plotLeft, plotRight, ticks, bars, domainMax: niceMax, unit };
}

/** One drawn piece of a bar: its body, the cap at its bound, the arrow of an open upper side. */
export type BarPart =
  | { part: 'body'; x: number; y: number; width: number; height: number; fill: 'solid' | 'fade-in' | 'fade-out' }
  | { part: 'cap'; x: number; y1: number; y2: number; dashed: boolean }
  | { part: 'arrow'; x1: number; x2: number; y: number };

/**
 * The pieces a bar is drawn with, from the look the bound rule gives its kind (MARK_LOOKS[kind].svg). The page, the
 * web deck, the embed, the export and the share card all draw these, so a bound looks the same in each.
 */
export function barParts(b: BarGeom): BarPart[] {
  const look = MARK_LOOKS[b.shape].svg;
  const fill = look === 'fade-in' ? 'fade-in' : look === 'fade-out-arrow' ? 'fade-out' : 'solid';
  const parts: BarPart[] = [{ part: 'body', x: b.x0, y: b.barY, width: px(b.x1 - b.x0), height: b.barH, fill }];
  if (look !== 'solid')
    parts.push({ part: 'cap', x: b.capX, y1: b.barY - 3, y2: b.barY + b.barH + 3, dashed: look === 'dashed-cap' });
  if (look === 'fade-out-arrow')
    parts.push({ part: 'arrow', x1: px(b.x1 - OPEN_ARROW), x2: b.x1, y: b.barY + b.barH / 2 });
  return parts;
}
