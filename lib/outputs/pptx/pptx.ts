/**
 * The PowerPoint renderer of the deck: the same slides (lib/deck/deck.ts) and chart specs as the web deck, written
 * with pptxgenjs. Bars are native charts (their values are in the chart, so "Edit Data" shows them); the waffle,
 * the time axis and the figure cards are native shapes. Pure apart from pptxgenjs, which the caller passes in:
 * the build imports it from npm, the browser loads its bundle on the click that needs it.
 */
import type PptxGenJS from 'pptxgenjs';
import { REPORT } from '../../../data/report';
import { RELEASE } from '../../../data/release';
import { describeRows, reportSourceLine, slideClaimLine, slideSourceLine } from '../../charts/text';
import { PUBLISHER } from '../citation';
import type { ChartKind, ResolvedChart } from '../../charts/resolve';
import {
  cardMeta,
  CLOSING_POINTS,
  closingIntro,
  FRAMING_CLAIM_LINE,
  SLIDE_TIME_AXIS,
  slideNotes,
  titleSlideText,
  waffleCaption,
  type Slide,
} from '../../deck/deck';
import { boundLegend } from '../../model/bound';
import { boundKind } from '../../model/bound-kind';
import { DERIVED_SUFFIX, markName, markValue } from '../../model/labels';
import { formatPartialDate } from '../../model/format';
import { timelineLayout } from '../../charts/geometry/timeline';
import { waffle } from '../../charts/geometry/waffle';
import { finishPptx, type ChartLabels } from './finish';
import type { Dataset, EventRow, FigureRow } from '../../model/schema';
import { reportCitation } from '../serialize';
import { tightestMap } from '../../maps/chart-map';
import { mapKeyLine } from '../../maps/key';
import { BOUNDARY_SOURCE, routeLetter } from '../../maps/map';
import { ROUTES } from '../../../data/places';

/**
 * The subpaths of a path written by lib/maps/map.ts (M x,y l dx,dy …, open, or closed with z), in absolute pixels:
 * every one, or only the closed rings.
 */
function pathPoints(d: string, only: 'all' | 'closed' = 'all'): [number, number][][] {
  return [...d.matchAll(/M(-?\d+),(-?\d+)(?:l([^Mz]*))?(z?)/g)]
    .filter(([, , , , z]) => only === 'all' || z === 'z')
    .map(([, x, y, rel]) => {
      let px = Number(x);
      let py = Number(y);
      const ring: [number, number][] = [[px, py]];
      for (const m of (rel ?? '').matchAll(/(-?\d+),(-?\d+)/g)) {
        px += Number(m[1]);
        py += Number(m[2]);
        ring.push([px, py]);
      }
      return ring;
    });
}

type Pres = InstanceType<typeof PptxGenJS>;
type PSlide = ReturnType<Pres['addSlide']>;

/** Slide size of LAYOUT_WIDE (16:9), inches. */
const W = 13.333;
const FONT = 'Arial'; // on every Windows and macOS
const INK = '000000';
const MUTED = '333333';
const BAR = '1F4E79';
const MIN_PT = 18;
/** Where a slide's chart goes, inches. */
const CHART_BOX = { x: 0.5, y: 1.4, w: SLIDE_TIME_AXIS.widthPt / 72, h: SLIDE_TIME_AXIS.heightPt / 72 };

/** The time axis of a PowerPoint slide: the web deck's geometry at 1 px = 1 pt, with 18 pt labels. */
function pptxTimeline(events: readonly EventRow[], widthIn: number) {
  return timelineLayout(events, { width: widthIn * 72, ...SLIDE_TIME_AXIS.layout });
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const text = (o: Record<string, unknown> = {}) => ({
  fontFace: FONT,
  color: INK,
  fontSize: MIN_PT,
  margin: 0,
  valign: 'top' as const,
  ...o,
});

/** The legend line under a bar chart: the kinds of mark it shows, worded by the bound rule for a PowerPoint chart. */
export function barLegend(rows: readonly FigureRow[]): string {
  const parts = boundLegend(
    rows.map((r) => r.qualifier),
    'drawingml',
  ).map((e) => e.text);
  if (rows.some((r) => r.claimType === 'derived'))
    parts.push(`“${DERIVED_SUFFIX.trim()}”: computed here, not in the report`);
  return `${parts.join('. ')}. Each bar is labelled with the report’s wording.`;
}

/** Round up to 1, 2 or 5 times a power of ten. */
function niceCeil(x: number): number {
  if (x <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

function axisFormat(max: number): string {
  if (max >= 1e9) return '#,##0.0,,," bn"';
  if (max >= 1e6) return '#,##0,," M"';
  return '#,##0';
}

class Writer {
  readonly labels: ChartLabels[] = [];
  readonly alt = new Map<string, string>();
  private shapeCount = 0;
  constructor(readonly pres: Pres) {}

  /** pptxgenjs writes no alt text for shapes; the finishing step adds it by the shape's name. */
  named(alt: string): string {
    const name = `Drawing ${++this.shapeCount}`;
    this.alt.set(name, alt);
    return name;
  }

  bars(s: PSlide, rows: readonly FigureRow[], box: Box, alt: string) {
    const max = Math.max(...rows.map((r) => r.value));
    const axisMax = niceCeil(max * 1.45);
    s.addChart(
      this.pres.ChartType.bar,
      [{ name: rows[0]!.unit, labels: rows.map((r) => markName(r)), values: rows.map((r) => r.value) }],
      {
        ...box,
        barDir: 'bar',
        // First row on top, as on the page. pptxgenjs writes the value as given; its types list only 'minMax'.
        catAxisOrientation: 'maxMin' as 'minMax',
        valAxisMinVal: 0,
        // Room on the right for the longest label ("nearly … mines") past the longest bar.
        valAxisMaxVal: axisMax,
        valAxisMajorUnit: axisMax / 5,
        valAxisLabelFormatCode: axisFormat(max),
        valAxisLabelFontSize: MIN_PT,
        valAxisLabelFontFace: FONT,
        valAxisLabelColor: MUTED,
        catAxisLabelFontSize: MIN_PT,
        catAxisLabelFontFace: FONT,
        catAxisLabelColor: INK,
        valGridLine: { color: 'D0D0D0', size: 1 },
        showValAxisTitle: true,
        valAxisTitle: rows[0]!.unit === 'US$' ? 'US dollars' : rows[0]!.unit === '%' ? 'percent' : rows[0]!.unit,
        valAxisTitleFontSize: MIN_PT,
        valAxisTitleFontFace: FONT,
        valAxisTitleColor: MUTED,
        showValue: true,
        dataLabelPosition: 'outEnd',
        dataLabelFontSize: MIN_PT,
        dataLabelFontBold: true,
        dataLabelFontFace: FONT,
        dataLabelColor: INK,
        chartColors: [BAR],
        barGapWidthPct: 50,
        showLegend: false,
        altText: alt,
      },
    );
    this.labels.push({ points: rows.map((r) => ({ text: markValue(r), kind: boundKind(r.qualifier) })) });
  }

  waffleShapes(s: PSlide, row: FigureRow, box: Box, caption: string) {
    const g = waffle(row.value, { cell: 20, gap: 3 });
    const side = Math.min(box.w, box.h - 1.1);
    const k = side / g.width;
    const name = this.named(
      `Unit chart of 100 cells, ${g.filled} filled: ${row.printed} (${row.qualifier}, approximate; ${row.claimType}).`,
    );
    for (const c of g.cells) {
      s.addShape(this.pres.ShapeType.rect, {
        x: box.x + (box.w - side) / 2 + c.x * k,
        y: box.y + c.y * k,
        w: c.size * k,
        h: c.size * k,
        fill: { color: c.filled ? BAR : 'FFFFFF' },
        line: { color: c.filled ? BAR : '555555', width: 0.75 },
        objectName: c.index === 0 ? name : undefined,
      });
    }
    s.addText(caption, text({ x: box.x, y: box.y + side + 0.15, w: box.w, h: 0.95, bold: true, align: 'center' }));
  }

  /**
   * A map as native shapes: land outlines and filled districts (custom geometry), schematic routes (dashed), markers
   * numbered as on the page's narrow map, and beside the map a key of the numbers at 18 pt; alt text names every place.
   * The map is laid out at its narrowest width whose labels fit, so its numbers print as large as the places allow;
   * where they are under 18 pt (places a few points apart would cover each other), the legend says so.
   * Returns the numbers' size in points.
   */
  mapShapes(s: PSlide, c: ResolvedChart, box: Box): number {
    const m = tightestMap(c);
    // The key beside the map takes what its longest line needs at 18 pt (about half an em a character), in as many
    // columns as its rows need; the map takes the rest, at most 60 % of the box.
    const rowsPerCol = Math.max(1, Math.floor(box.h / 0.3));
    // Numbered places, then the lettered routes (the map letters them as on the page's narrow map).
    const keyLines = [
      ...m.markers.map((p, i) => `${i + 1}  ${p.place.name}`),
      ...m.routes.map((r, i) => `${routeLetter(i)}  ${ROUTES.find((x) => x.id === r.id)?.name ?? r.id}`),
    ];
    const cols = Math.ceil(keyLines.length / rowsPerCol);
    const longest = Math.max(...keyLines.map((l) => l.length));
    const keyW = cols * ((longest * MIN_PT * 0.5) / 72 + 0.1);
    const k = Math.min(
      Math.max(box.w - keyW - 0.3, box.w * 0.45, 0) / m.width,
      (box.w * 0.6) / m.width,
      box.h / m.height,
    );
    const X = (v: number) => box.x + v * k;
    const Y = (v: number) => box.y + v * k;
    const alt = this.named(
      `Map: ${c.title}. ${m.markers.map((p, i) => `${i + 1}: ${p.place.name} (${p.place.lat?.toFixed(2)}° N, ${p.place.lon?.toFixed(2)}° E)`).join('; ')}.`,
    );
    s.addShape(this.pres.ShapeType.rect, {
      x: box.x,
      y: box.y,
      w: m.width * k,
      h: m.height * k,
      fill: { color: 'DBE9F4' },
      line: { color: INK, width: 0.75 },
      objectName: alt,
    });
    const rings = [
      ...m.countries.flatMap((x) =>
        pathPoints(x.d, 'closed').map((r) => ({ r, fill: 'F1EFE8', line: '8A8A8A', dash: false })),
      ),
      ...m.areas.flatMap((a) =>
        pathPoints(a.d, 'closed').map((r) =>
          a.role === 'returned'
            ? { r, fill: null, line: '0072B2', dash: true }
            : { r, fill: 'E8C8A8', line: 'B35900', dash: false },
        ),
      ),
    ];
    for (const { r: ring, fill, line, dash } of rings) {
      const xs = ring.map((p) => p[0]);
      const ys = ring.map((p) => p[1]);
      const x0 = Math.min(...xs);
      const y0 = Math.min(...ys);
      const w = Math.max(...xs) - x0 || 1;
      const h = Math.max(...ys) - y0 || 1;
      s.addShape(
        'custGeom' as PptxGenJS.SHAPE_NAME,
        {
          x: X(x0),
          y: Y(y0),
          w: w * k,
          h: h * k,
          ...(fill ? { fill: { color: fill } } : { fill: { type: 'none' } }),
          line: { color: line, width: dash ? 1.5 : 0.5, ...(dash ? { dashType: 'dash' } : {}) },
          points: [...ring.map(([px, py]) => ({ x: (px - x0) * k, y: (py - y0) * k })), { close: true }],
        } as PptxGenJS.ShapeProps,
      );
    }
    const segment = (x1: number, y1: number, x2: number, y2: number, line: PptxGenJS.ShapeLineProps) =>
      s.addShape('line', {
        x: X(Math.min(x1, x2)),
        y: Y(Math.min(y1, y2)),
        w: Math.abs(x2 - x1) * k,
        h: Math.abs(y2 - y1) * k,
        flipH: (x2 - x1) * (y2 - y1) < 0,
        line,
      });
    const pt = Math.round(m.fontSize * k * 72);
    for (const r of m.routes) {
      for (const ring of pathPoints(r.d))
        for (const [i, q] of ring.slice(1).entries())
          segment(ring[i]![0], ring[i]![1], q[0], q[1], { color: '8E4F80', width: 2, dashType: 'dash' });
      if (r.label)
        s.addText(r.label.text, {
          x: X(r.label.box.x) - 0.04,
          y: Y(r.label.box.y) - 0.02,
          w: r.label.box.w * k + 0.3,
          h: r.label.box.h * k + 0.04,
          fontFace: FONT,
          fontSize: pt - 1,
          italic: true,
          color: '8E4F80',
          margin: 0,
          valign: 'middle',
        });
    }
    for (const p of m.markers) {
      const l = m.labels.find((x) => x.id === p.place.id)!;
      s.addShape(p.shape === 'square' ? this.pres.ShapeType.rect : this.pres.ShapeType.ellipse, {
        x: X(p.x - 4.5),
        y: Y(p.y - 4.5),
        w: 9 * k,
        h: 9 * k,
        fill: { color: INK },
        line: { color: 'FFFFFF', width: 0.75 },
      });
      if (l.leader) segment(...l.leader, { color: '4A4A4A', width: 0.75 });
      s.addText(l.text, {
        x: X(l.box.x) - 0.02,
        y: Y(l.box.y) - 0.02,
        w: l.box.w * k + 0.1,
        h: l.box.h * k + 0.04,
        fontFace: FONT,
        fontSize: pt,
        color: INK,
        margin: 0,
        valign: 'middle',
      });
    }
    // The key at 18 pt beside the map, in as many columns as it needs.
    const kx = box.x + m.width * k + 0.3;
    const colW = (box.x + box.w - kx) / Math.max(cols, 1);
    for (let col = 0; col < cols; col++) {
      const part = keyLines.slice(col * rowsPerCol, (col + 1) * rowsPerCol);
      s.addText(
        part.map((line, i) => ({
          text: line,
          options: { breakLine: i < part.length - 1 },
        })),
        {
          x: kx + col * colW,
          y: box.y,
          w: colW - 0.1,
          h: box.h,
          fontFace: FONT,
          fontSize: MIN_PT,
          color: INK,
          margin: 0,
          valign: 'top',
          lineSpacing: 21.6,
        },
      );
    }
    return pt;
  }

  timelineShapes(s: PSlide, events: readonly EventRow[], box: Box) {
    const t = pptxTimeline(events, box.w);
    // The deck splits a time axis into slides of few enough events (lib/deck/deck.ts ROWS_PER_SLIDE) to fit at 18 pt.
    if (t.height > box.h * 72) throw new Error(`a time axis of ${events.length} events does not fit a slide at 18 pt`);
    const k = 1 / 72; // drawn unscaled: the check above holds
    const X = (v: number) => box.x + v * k;
    const Y = (v: number) => box.y + v * k;
    const axisName = this.named(
      `Time axis of ${events.length} dated events, ${events.map((e) => `${formatPartialDate(e.date)}: ${e.event}`).join('; ')}`,
    );
    s.addShape(this.pres.ShapeType.line, {
      x: X(t.axisX),
      y: Y(8),
      w: 0,
      h: (t.height - 16) * k,
      line: { color: INK, width: 1.5 },
      objectName: axisName,
    });
    for (const tick of t.ticks) {
      s.addShape(this.pres.ShapeType.line, {
        x: X(t.axisX - 6),
        y: Y(tick.y),
        w: 6 * k,
        h: 0,
        line: { color: INK, width: 1 },
      });
    }
    // Tick labels only where they do not collide (18 pt needs about 22 pt of height).
    let lastY = -Infinity;
    for (const tick of t.ticks) {
      if (tick.y - lastY < 22) continue;
      lastY = tick.y;
      s.addText(
        tick.label,
        text({
          x: box.x - 0.4,
          y: Y(tick.y - 11),
          w: 0.4 + (t.axisX - 10) * k,
          h: 22 * k,
          align: 'right',
          color: MUTED,
          bold: tick.major,
          valign: 'middle',
        }),
      );
    }
    for (const m of t.marks) {
      if (m.kind === 'point') {
        s.addShape(this.pres.ShapeType.ellipse, {
          x: X(t.axisX - 5),
          y: Y(m.y0 - 5),
          w: 10 * k,
          h: 10 * k,
          fill: { color: BAR },
          line: { color: BAR },
        });
      } else {
        s.addShape(this.pres.ShapeType.rect, {
          x: X(m.x),
          y: Y(m.y0),
          w: 7 * k,
          h: Math.max(2, m.y1 - m.y0) * k,
          fill: { color: 'B05A00' },
          line: { color: 'B05A00' },
        });
      }
      s.addShape(this.pres.ShapeType.line, {
        x: X(m.kind === 'point' ? t.axisX + 6 : m.x + 8),
        y: Y(m.cy),
        w: (t.labelX - 8 - (m.kind === 'point' ? t.axisX + 6 : m.x + 8)) * k,
        h: (m.labelY - 4 - m.cy) * k,
        line: { color: '777777', width: 0.75 },
      });
      s.addText(
        m.label,
        text({ x: X(t.labelX), y: Y(m.labelY - 15), w: (t.width - t.labelX) * k, h: 24 * k, valign: 'middle' }),
      );
    }
  }

  cards(s: PSlide, rows: readonly FigureRow[], box: Box) {
    const gap = 0.25;
    const cw = (box.w - gap) / 2;
    const ch = (box.h - gap) / 2;
    rows.forEach((r, i) => {
      const x = box.x + (i % 2) * (cw + gap);
      const y = box.y + Math.floor(i / 2) * (ch + gap);
      s.addText(
        [
          { text: markValue(r), options: { fontSize: 26, bold: true, breakLine: true } },
          { text: markName(r), options: { fontSize: MIN_PT, breakLine: true } },
          { text: cardMeta(r), options: { fontSize: MIN_PT, color: MUTED } },
        ],
        text({
          x,
          y,
          w: cw,
          h: ch,
          shape: this.pres.ShapeType.roundRect,
          rectRadius: 0.08,
          line: { color: INK, width: 2 },
          margin: 8,
          valign: 'middle',
        }),
      );
    });
  }
}

interface Part {
  wr: Writer;
  s: PSlide;
  c: ResolvedChart;
  box: Box;
  dataset: Dataset | undefined;
  gap: number;
}

/** The PowerPoint renderer of each kind of chart; each returns the legend line it wants under the chart, or null. */
const PPTX_CHART: Record<ChartKind, (p: Part) => string | null> = {
  'bounded-bars': ({ wr, s, c, box }) => {
    wr.bars(s, c.rows as FigureRow[], box, `Bar chart: ${c.title}. ${c.description}.`);
    return barLegend(c.rows as FigureRow[]);
  },
  'grouped-bars': ({ wr, s, c, box, gap }) => {
    const ph = (box.h - gap * (c.panels.length - 1)) / c.panels.length;
    for (const [k, p] of c.panels.entries()) {
      wr.bars(
        s,
        p.rows,
        { ...box, y: box.y + k * (ph + gap), h: ph },
        `Bar chart: ${p.title}. ${describeRows(p.rows)}.`,
      );
    }
    return barLegend(c.rows as FigureRow[]);
  },
  waffle: ({ wr, s, c, box, dataset }) => {
    wr.waffleShapes(s, c.rows[0] as FigureRow, box, waffleCaption(c, dataset));
    return null;
  },
  'time-axis': ({ wr, s, c, box }) => {
    wr.timelineShapes(s, c.rows as EventRow[], box);
    return 'Dot: dated to the day. Bar: dated to the month or year (the bar covers it). Time runs downward; before 2020 the axis is compressed.';
  },
  'figure-cards': ({ wr, s, c, box }) => {
    wr.cards(s, c.rows as FigureRow[], box);
    return null;
  },
  map: ({ wr, s, c, box }) => {
    const pt = wr.mapShapes(s, c, box);
    const keys = [mapKeyLine(c), ...(pt < MIN_PT ? [`numbers at ${pt} pt, named in the key at ${MIN_PT} pt`] : [])];
    return `${keys.join(' · ')}. ${BOUNDARY_SOURCE}.`;
  },
};

function chartBody(wr: Writer, s: PSlide, slide: Slide, dataset: Dataset | undefined, box: Box): string | null {
  const charts = slide.charts;
  const gap = 0.35;
  // A waffle takes a third of the width, as on the web slide; other charts share the rest.
  const widths = charts.map((c) => (charts.length > 1 && c.kind === 'waffle' ? (box.w - gap) / 3 : 0));
  const fixed = widths.reduce((a, b) => a + b, 0);
  const flexible = charts.filter((_, i) => widths[i] === 0).length;
  let x = box.x;
  let legend: string | null = null;
  for (const [i, c] of charts.entries()) {
    const w = widths[i]! || (box.w - fixed - gap * (charts.length - 1)) / flexible;
    legend = PPTX_CHART[c.kind]({ wr, s, c, box: { x, y: box.y, w, h: box.h }, dataset, gap }) ?? legend;
    x += w + gap;
  }
  return legend;
}

function footer(s: PSlide, source: string, claim: string, k: number, n: number) {
  s.addShape('line', { x: 0.5, y: 5.78, w: W - 1, h: 0, line: { color: INK, width: 1.5 } });
  s.addText(source, text({ x: 0.5, y: 5.86, w: W - 1, h: 0.62 }));
  s.addText(claim, text({ x: 0.5, y: 6.55, w: W - 2.4, h: 0.62, color: MUTED }));
  s.addText(`${k} / ${n}`, text({ x: W - 1.8, y: 6.9, w: 1.3, h: 0.35, align: 'right', bold: true }));
}

/** Notes as plain text: the same notes as the web deck's N. */
export function notesText(slide: Slide, datasets: readonly Dataset[]): string {
  const n = slideNotes(slide, datasets, reportCitation());
  const lines = n.fallback === null ? n.quotes.map((q) => `• ${q.text} (${q.claimType})`) : [n.fallback];
  if (slide.layout === 'closing') {
    lines.push('', 'Sources and caveats of every dataset in this deck:');
    for (const d of datasets) lines.push('', `${d.title}. Source: ${d.source}`, ...d.caveats.map((c) => `• ${c.text}`));
  }
  if (n.caveats.length) lines.push('', 'Caveats:', ...n.caveats.map((c) => `• ${c}`));
  return lines.join('\n');
}

/**
 * The deck as a .pptx file. `datasets` are the deck's datasets in their order (the closing slide's notes list
 * their sources and caveats). Same slides and data give the same bytes.
 */
export async function deckPptx(
  Pptx: typeof PptxGenJS,
  slides: readonly Slide[],
  datasets: readonly Dataset[],
  title: string,
): Promise<Uint8Array> {
  const pres = new Pptx();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = title;
  pres.subject = `Figures from “${REPORT.title}” (${REPORT.publisher}, ${REPORT.year}), attributed`;
  pres.author = PUBLISHER;
  pres.company = PUBLISHER;
  pres.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const wr = new Writer(pres);
  for (const [i, slide] of slides.entries()) {
    const s = pres.addSlide();
    s.background = { color: 'FFFFFF' };
    const dataset = datasets.find((d) => d.id === slide.datasetId);
    const k = i + 1;
    if (slide.layout === 'title') {
      const t = titleSlideText(reportCitation());
      s.addText(t.kicker.toUpperCase(), text({ x: 0.6, y: 0.45, w: W - 1.2, h: 0.4, fontSize: 20, color: MUTED }));
      s.addText(slide.headline, text({ x: 0.6, y: 0.9, w: W - 1.2, h: 1.35, fontSize: 40, bold: true }));
      s.addText(t.citation, text({ x: 0.6, y: 2.35, w: W - 1.2, h: 0.95, fontSize: 20 }));
      s.addText(t.standpoint, text({ x: 0.85, y: 3.45, w: W - 1.7, h: 1.6, fontSize: 20 }));
      s.addShape(pres.ShapeType.rect, { x: 0.6, y: 3.45, w: 0.08, h: 1.6, fill: { color: INK }, line: { color: INK } });
      s.addText(t.release, text({ x: 0.6, y: 5.15, w: W - 1.2, h: 0.55, color: MUTED }));
      footer(s, reportSourceLine(), FRAMING_CLAIM_LINE, k, slides.length);
    } else if (slide.layout === 'closing') {
      s.addText(slide.headline, text({ x: 0.5, y: 0.3, w: W - 1, h: 0.75, fontSize: 30, bold: true }));
      s.addText(
        [
          { text: closingIntro(), options: { breakLine: true, paraSpaceAfter: 8 } },
          ...CLOSING_POINTS.map((p) => ({ text: p, options: { bullet: true, breakLine: true, paraSpaceAfter: 4 } })),
        ],
        text({ x: 0.5, y: 1.15, w: W - 1, h: 4.5, fontSize: 20 }),
      );
      footer(s, reportSourceLine(), FRAMING_CLAIM_LINE, k, slides.length);
    } else {
      s.addText(slide.headline, text({ x: 0.5, y: 0.3, w: W - 1, h: 1.0, fontSize: 28, bold: true }));
      const legend = chartBody(wr, s, slide, dataset, CHART_BOX);
      if (legend) s.addText(legend, text({ x: 0.5, y: 5.0, w: W - 1, h: 0.72, color: MUTED }));
      const rows = slide.charts.flatMap((c) => c.rows);
      footer(s, slideSourceLine(rows), slideClaimLine(rows), k, slides.length);
    }
    s.addNotes(notesText(slide, datasets));
  }
  const raw = (await pres.write({ outputType: 'uint8array' })) as Uint8Array;
  return finishPptx(raw, { charts: wr.labels, alt: wr.alt, date: `${RELEASE.date}T00:00:00Z` });
}
