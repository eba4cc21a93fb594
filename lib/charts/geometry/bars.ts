/**
 * Geometry of a horizontal bar panel for bounded figures (pure; D3 scales, no rendering).
 *
 * Shapes:
 *  - point:  exact figure, a solid bar from 0 to the value.
 *  - approx: "about"/"some", a solid bar with an approximate (≈) end marker.
 *  - upper:  "up to"/"nearly", the lower side is open: a bar that fades in from 0 and ends in a hard cap at the bound.
 *  - lower:  "over", the upper side is open: a hard cap at the bound and a fading bar with an arrow running on to the panel's edge.
 */
import { scaleLinear } from 'd3';
import { formatFigure, formatTick } from '../../model/format';
import type { FigureRow } from '../../model/schema';

export type BarShape = 'point' | 'approx' | 'upper' | 'lower';

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
}

export interface BarPanel {
  width: number;
  height: number;
  axisY: number;
  plotLeft: number;
  plotRight: number;
  ticks: { x: number; label: string }[];
  bars: BarGeom[];
  domainMax: number;
  unit: string;
}

export function shapeOf(row: Pick<FigureRow, 'qualifier'>): BarShape {
  switch (row.qualifier) {
    case 'up to':
    case 'nearly':
    case 'up to about':
      return 'upper';
    case 'over':
    case 'over about':
      return 'lower';
    case 'about':
    case 'some':
      return 'approx';
    default:
      return 'point';
  }
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
  const anyOpenUpper = rows.some((r) => shapeOf(r) === 'lower');
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
    const shape = shapeOf(row);
    const top = 4 + i * rowH;
    const bound = shape === 'lower' ? (row.low as number) : shape === 'upper' ? (row.high as number) : row.value;
    const capX = px(x(bound));
    const x0 = shape === 'lower' ? capX : plotLeft;
    const x1 = shape === 'lower' ? plotRight : capX;
    const valueText = formatFigure(row);
    const textW = valueText.length * charWidth;
    // The value label goes right of the bound when it fits there (for "over", before the open-side arrow); otherwise
    // left of it if it fits there: on the bar for a point or "up to", in the open space before the bar for "over".
    const rightLimit = shape === 'lower' ? plotRight - OPEN_ARROW - 4 : width - 2;
    const fitsRight = capX + 6 + textW <= rightLimit;
    const fitsLeft = capX - 6 - textW >= 0;
    // Neither side has room (a long label on a phone-width panel): the roomier side, overflowing the least.
    const textLeft = fitsRight ? false : fitsLeft ? true : capX > rightLimit - capX;
    return {
      id: row.id,
      label: fitText(`${row.label}${row.claimType === 'derived' ? ' (derived)' : ''}`, plotRight - plotLeft, charWidth),
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
      // On a solid bar the label takes the background colour; on a fading or open side it keeps the text colour.
      textOnBar: (shape === 'point' || shape === 'approx') && textLeft,
    };
  });
  const axisY = 4 + rows.length * rowH;
  const tickValues = x.ticks(Math.max(2, Math.floor(width / 110)));
  const axisMax = Math.max(...tickValues.map(Math.abs));
  const ticks = tickValues.map((t) => ({ x: px(x(t)), label: formatTick(t, unit, axisMax) }));
  return { width, height: axisY + 24, axisY, plotLeft, plotRight, ticks, bars, domainMax: niceMax, unit };
}
