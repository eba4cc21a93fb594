/**
 * Geometry of a comparison chart (pure; D3 scales, no rendering): the report's figure as its own mark, drawn as on
 * the report's charts (an open side open), then each other source as a separate mark, labelled by source and kind.
 * Never a bar that mixes the report's figure with another's: one mark per row, each with its own label.
 *
 * Marks:
 *  - the report's: a bar. "up to"/"nearly" fade in from zero to a cap; "over" has a cap and runs on with an arrow;
 *    "about"/"some" have a dashed cap.
 *  - another source's: a dot for a point (hollow for an approximate one), a line with two caps for a range, a line
 *    that fades in to a cap for an upper bound, a cap and an arrow for a lower bound.
 */
import { scaleLinear } from 'd3';
import { fitText, OPEN_ARROW, px, type BarShape } from '../charts/geometry/bars';
import { boundKind } from '../model/bound-kind';
import { formatTick } from '../model/format';
import type { OtherSourceFigure } from '../model/other-sources';
import type { FigureRow, Qualifier } from '../model/schema';

export type MarkShape = BarShape | 'range';

export interface CompareMark {
  /** The report row's id, or the other-source row's id. */
  id: string;
  origin: 'report' | 'other';
  /** One or two lines: the source, then its kind (for the report: its name, then its claim type). */
  label: string[];
  valueText: string;
  shape: MarkShape;
  /** Baseline of each label line. */
  labelY: number[];
  y: number;
  h: number;
  /** Extent drawn: from x0 to x1 (for a point, x0 = x1 = the value). */
  x0: number;
  x1: number;
  /** The known bound(s): caps. */
  caps: number[];
  textX: number;
  textAnchor: 'start' | 'end';
}

export interface ComparePanel {
  width: number;
  height: number;
  axisY: number;
  plotLeft: number;
  plotRight: number;
  ticks: { x: number; label: string }[];
  marks: CompareMark[];
  unit: string;
}

function otherShape(o: Pick<OtherSourceFigure, 'value' | 'qualifier'>): MarkShape {
  if (o.value === null) return 'range';
  return boundKind(o.qualifier as Qualifier);
}

export function comparePanel(
  report: FigureRow,
  reportLabel: [string, string],
  others: readonly OtherSourceFigure[],
  opts: { width: number; charWidth?: number },
): ComparePanel {
  const { width, charWidth = 7.2 } = opts;
  if (others.some((o) => o.unit !== report.unit)) throw new Error('a comparison chart draws one unit');
  const plotLeft = 8;
  const plotRight = width - 12;
  const known = [report, ...others].flatMap((r) => [r.value, r.low, r.high].filter((v): v is number => v !== null));
  const anyOver = boundKind(report.qualifier) === 'lower' || others.some((o) => otherShape(o) === 'lower');
  const x = scaleLinear()
    .domain([0, Math.max(...known) * (anyOver ? 1.3 : 1.08)])
    .range([plotLeft, plotRight])
    .nice(Math.max(2, Math.floor(width / 110)));
  const lineH = 16;
  const labelH = 2 * lineH + 2;
  const markH = 14;
  const gap = 10;
  const rowH = labelH + markH + gap;

  const place = (
    i: number,
    id: string,
    origin: CompareMark['origin'],
    label: [string, string],
    valueText: string,
    shape: MarkShape,
    lo: number | null,
    hi: number | null,
    v: number | null,
  ): CompareMark => {
    const top = 4 + i * rowH;
    let x0: number;
    let x1: number;
    let caps: number[];
    switch (shape) {
      case 'upper':
        x0 = plotLeft;
        x1 = px(x(hi as number));
        caps = [x1];
        break;
      case 'lower':
        x0 = px(x(lo as number));
        x1 = plotRight;
        caps = [x0];
        break;
      case 'range':
        x0 = px(x(lo as number));
        x1 = px(x(hi as number));
        caps = [x0, x1];
        break;
      default:
        x1 = px(x(v as number));
        x0 = origin === 'report' ? plotLeft : x1;
        caps = [x1];
    }
    // The value text goes right of the mark's known end when it fits (before the arrow of an open upper side), else left.
    const end = shape === 'lower' ? x0 : x1;
    const textW = valueText.length * charWidth;
    const limit = shape === 'lower' ? plotRight - OPEN_ARROW - 4 : width - 2;
    const right = end + 8 + textW <= limit || (shape === 'lower' ? false : end - 8 - textW < 0);
    const leftEdge = shape === 'range' ? x0 : end;
    return {
      id,
      origin,
      label: label.map((l) => fitText(l, plotRight - plotLeft, charWidth)),
      valueText,
      shape,
      labelY: [top + lineH - 4, top + 2 * lineH - 4],
      y: top + labelH,
      h: markH,
      x0,
      x1: px(Math.max(x1, x0)),
      caps,
      textX: px(right ? end + 8 : leftEdge - 8),
      textAnchor: right ? 'start' : 'end',
    };
  };

  const marks = [
    place(
      0,
      report.id,
      'report',
      reportLabel,
      report.printed,
      boundKind(report.qualifier),
      report.low,
      report.high,
      report.value,
    ),
    ...others.map((o, i) =>
      place(i + 1, o.id, 'other', [o.publisher, o.kind], o.printed, otherShape(o), o.low, o.high, o.value),
    ),
  ];
  const axisY = 4 + marks.length * rowH;
  const tickValues = x.ticks(Math.max(2, Math.floor(width / 110)));
  const axisMax = Math.max(...tickValues.map(Math.abs));
  return {
    width,
    height: axisY + 24,
    axisY,
    plotLeft,
    plotRight,
    ticks: tickValues.map((t) => ({ x: px(x(t)), label: formatTick(t, report.unit, axisMax) })),
    marks,
    unit: report.unit,
  };
}
