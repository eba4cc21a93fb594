/**
 * Share images (pure): a 1200 × 630 SVG for a chart, made from the same chart spec and geometry as the page, with
 * the chart's title, its headline figure as printed (qualifier kept) and its source line. The build rasterises it
 * to PNG (app/share/). Text is set in DejaVu Sans, which the build loads from npm, so the image does not depend on
 * the fonts of the machine that builds it.
 */
import { REPORT } from '../../data/report';
import { cutAtWord } from '../charts/text';
import type { ChartKind, ResolvedChart } from '../charts/resolve';
import { escapeXml } from './escape';
import { chartMap } from '../maps/chart-map';
import { mapSvg } from '../maps/svg';
import { wrap } from './export-svg';
import { formatPartialDate } from '../model/format';
import { figureAsPrinted, markValue } from '../model/labels';
import { barPanel, barParts } from '../charts/geometry/bars';
import { waffle } from '../charts/geometry/waffle';
import type { EventRow, FigureRow } from '../model/schema';

export const SHARE_W = 1200;
export const SHARE_H = 630;
const FONT = 'DejaVu Sans';
const INK = '#111111';
const MUTED = '#444444';
const BLUE = '#0072b2';

/** The figure a share image leads with: the chart's first figure as printed, or the number of dated events. */
export function shareHeadline(chart: ResolvedChart): { figure: string; label: string } {
  const first = chart.rows[0];
  if (!first) return { figure: chart.title, label: '' };
  if ('value' in first)
    return { figure: figureAsPrinted(first), label: `${first.label} (${first.qualifier}; ${first.claimType})` };
  if ('name' in first)
    return { figure: `${chart.rows.length} places named`, label: 'Coordinates: GeoNames (CC BY 4.0)' };
  const events = chart.rows as EventRow[];
  const dates = events.map((e) => e.date).sort();
  return {
    figure: `${events.length} dated events`,
    label: `${formatPartialDate(dates[0]!)} – ${formatPartialDate(dates.at(-1)!)}`,
  };
}

const t = (
  x: number,
  y: number,
  size: number,
  text: string,
  o: { bold?: boolean; fill?: string; anchor?: string; halo?: boolean } = {},
) =>
  `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}"${o.bold ? ' font-weight="700"' : ''} fill="${o.fill ?? INK}"${o.anchor ? ` text-anchor="${o.anchor}"` : ''}${o.halo ? ' stroke="#ffffff" stroke-width="5" stroke-linejoin="round" paint-order="stroke"' : ''}>${escapeXml(text)}</text>`;

type Drawn = { svg: string; width: number; height: number };

/** A bar panel drawn from the page's geometry and pieces (barParts): bounds look as they do on the page. */
function bars(rows: readonly FigureRow[], w: number): Drawn {
  const p = barPanel(rows, { width: w, charWidth: 9.2 });
  const parts: string[] = [];
  for (const tick of p.ticks)
    parts.push(
      `<line x1="${tick.x}" x2="${tick.x}" y1="0" y2="${p.axisY}" stroke="#cccccc" stroke-dasharray="2 3"/>`,
      t(tick.x, p.axisY + 22, 17, tick.label, { fill: MUTED, anchor: tick.anchor }),
    );
  parts.push(`<line x1="${p.plotLeft}" x2="${p.plotRight}" y1="${p.axisY}" y2="${p.axisY}" stroke="${MUTED}"/>`);
  for (const b of p.bars) {
    const mark: string[] = [t(p.plotLeft, b.labelY, 18, b.label)];
    for (const part of barParts(b)) {
      if (part.part === 'body') {
        const fill = part.fill === 'solid' ? BLUE : `url(#${part.fill})`;
        mark.push(`<rect x="${part.x}" y="${part.y}" width="${part.width}" height="${part.height}" fill="${fill}"/>`);
      } else if (part.part === 'cap') {
        mark.push(
          `<line x1="${part.x}" x2="${part.x}" y1="${part.y1}" y2="${part.y2}" stroke="${INK}" stroke-width="4"${part.dashed ? ' stroke-dasharray="4 3"' : ''}/>`,
        );
      } else {
        mark.push(
          `<path d="M${part.x1} ${part.y} H${part.x2} m-8 -6 l8 6 l-8 6" fill="none" stroke="${INK}" stroke-width="2"/>`,
        );
      }
    }
    const label = b.textOnBar
      ? { bold: true, anchor: b.textAnchor, fill: '#ffffff' }
      : { bold: true, anchor: b.textAnchor, halo: true };
    mark.push(t(b.textX, b.barY + b.barH - 5, 18, b.valueText, label));
    parts.push(`<g data-row-id="${escapeXml(b.id)}" data-bound="${b.shape}">${mark.join('')}</g>`);
  }
  return { svg: parts.join(''), width: p.width, height: p.height + 8 };
}

function waffleCells(row: FigureRow, side: number): { svg: string; width: number; height: number } {
  const g = waffle(row.value, { cell: 20, gap: 3 });
  const k = side / g.width;
  const cells = g.cells.map(
    (c) =>
      `<rect x="${c.x * k}" y="${c.y * k}" width="${c.size * k}" height="${c.size * k}" rx="2" fill="${c.filled ? BLUE : 'none'}" stroke="${c.filled ? BLUE : '#666666'}"/>`,
  );
  return { svg: cells.join(''), width: side, height: side };
}

/** The share card's drawing of each kind of chart in its box, or null where the card carries text only. */
const SHARE_CHART: Record<ChartKind, (c: ResolvedChart, box: { w: number; h: number }) => Drawn | null> = {
  'bounded-bars': (c) => bars(c.rows as FigureRow[], 1080),
  // The first panel: one unit, one axis, as on the page.
  'grouped-bars': (c) => bars(c.panels[0]!.rows, 1080),
  waffle: (c, box) => waffleCells(c.rows[0] as FigureRow, box.h),
  // A time axis of dozens of events does not read at this size: the card carries their number and span.
  'time-axis': () => null,
  // Figure cards are slides only; a card of them would repeat its headline.
  'figure-cards': () => null,
  // The map as drawn on the page, without its interactive marks; the card's source line adds the boundaries' credit.
  map: (c, box) => {
    const m = chartMap(c, 960);
    const svg = mapSvg(m, { uid: 'share', title: c.title, description: c.description, names: {}, interactive: false });
    return {
      svg: svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, ''),
      width: m.width,
      height: Math.max(m.height, (m.width * box.h) / box.w),
    };
  },
};

/** The share image of a chart, as SVG text. `site` is the public address printed in the corner. */
export function shareSvg(chart: ResolvedChart, site: string): string {
  const head = shareHeadline(chart);
  const title = wrap(chart.title, 52).slice(0, 2);
  // Two lines of source at most; a longer one is cut at a word, with an ellipsis where it was cut.
  const sourceLines = wrap(chart.source, 110);
  const source =
    sourceLines.length <= 2 ? sourceLines : [sourceLines[0]!, cutAtWord(sourceLines.slice(1).join(' '), 108)];
  const out: string[] = [];
  let y = 58;
  out.push(t(60, y, 20, `FIGURES FROM “${REPORT.title.toUpperCase()}”`, { fill: MUTED }));
  for (const line of title) {
    y += 48;
    out.push(t(60, y, 38, line, { bold: true }));
  }
  y += 66;
  out.push(t(60, y, 52, head.figure, { bold: true, fill: BLUE }));
  if (head.label) {
    y += 34;
    out.push(t(60, y, 22, cutAtWord(head.label, 95), { fill: MUTED }));
  }
  const top = y + 24;
  const bottom = SHARE_H - 40 - source.length * 26;
  const box = { x: 60, y: top, w: SHARE_W - 120, h: Math.max(60, bottom - top) };
  const drawn = SHARE_CHART[chart.kind](chart, box);
  if (drawn) {
    out.push(
      `<svg x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" viewBox="0 0 ${drawn.width} ${drawn.height}" preserveAspectRatio="xMinYMin meet">${drawn.svg}</svg>`,
    );
  }
  for (const [i, line] of source.entries())
    out.push(t(60, SHARE_H - 34 - (source.length - 1 - i) * 26, 18, line, { fill: MUTED }));
  out.push(t(SHARE_W - 40, 40, 16, site.replace(/^https?:\/\//, ''), { fill: MUTED, anchor: 'end' }));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_W}" height="${SHARE_H}" viewBox="0 0 ${SHARE_W} ${SHARE_H}">` +
    `<defs><linearGradient id="fade-in" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="${BLUE}" stop-opacity="0"/><stop offset="1" stop-color="${BLUE}" stop-opacity="0.45"/></linearGradient>` +
    `<linearGradient id="fade-out" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="${BLUE}" stop-opacity="0.45"/><stop offset="1" stop-color="${BLUE}" stop-opacity="0"/></linearGradient></defs>` +
    `<rect width="${SHARE_W}" height="${SHARE_H}" fill="#ffffff"/>${out.join('')}</svg>`
  );
}

/** The headline figure of a chart in words a share card can carry: the figure with its qualifier and unit. */
export function shareAlt(chart: ResolvedChart): string {
  const first = chart.rows[0];
  const fig = first && 'value' in first ? markValue(first) : shareHeadline(chart).figure;
  return `${chart.title}: ${fig}. ${chart.source}`;
}

/** The share-card metadata of a page: og:image and twitter:card summary_large_image, with absolute URLs. */
export function shareMeta(chart: ResolvedChart, imagePath: string, pageUrl: string, base: string) {
  const url = `${base}${imagePath}`;
  const alt = shareAlt(chart);
  return {
    openGraph: {
      type: 'website' as const,
      url: pageUrl,
      title: chart.title,
      description: chart.subtitle,
      images: [{ url, width: SHARE_W, height: SHARE_H, alt }],
    },
    twitter: {
      card: 'summary_large_image' as const,
      title: chart.title,
      description: chart.subtitle,
      images: [{ url, alt }],
    },
  };
}
