/**
 * Writes a chart's SVG or PNG file from what the page drew: fetched on the first click of a chart's Download button
 * (components/charts/ChartExport.tsx), so a page that is only read loads none of it.
 */
import { buildExportSvg } from '../../lib/outputs/export-svg';
import { saveFile } from '../save-file';

export interface ExportText {
  fileBase: string;
  title: string;
  subtitle: string;
  source: string;
}

/** The chart's drawn SVGs: the visible D3 variant, or every Recharts panel (a chart of two panels has two). */
function visibleSvgs(fig: Element): SVGSVGElement[] {
  const svgs = Array.from(fig.querySelectorAll<SVGSVGElement>('svg.chart-svg, svg.recharts-surface'));
  const shown = svgs.filter((s) => s.getBoundingClientRect().width > 0);
  return shown.some((s) => s.classList.contains('chart-svg'))
    ? shown.filter((s) => s.classList.contains('chart-svg')).slice(0, 1)
    : shown;
}

function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  // Recharts sizes its root by style (100%); in the file, its width and height attributes do.
  clone.style.removeProperty('width');
  clone.style.removeProperty('height');
  const from = source.querySelectorAll<SVGElement>('*');
  const to = clone.querySelectorAll<SVGElement>('*');
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const cs = getComputedStyle(el);
    for (const prop of [
      'fill',
      'stroke',
      'stroke-width',
      'stroke-dasharray',
      'opacity',
      'fill-opacity',
      'stroke-opacity',
      'font-size',
      'font-weight',
      'font-family',
      'stop-color',
      'stop-opacity',
      'display',
    ]) {
      const v = cs.getPropertyValue(prop);
      if (v) target.style.setProperty(prop, v);
    }
  });
  // A gradient drawn from defs outside this SVG (the Recharts panels share one set) travels with the file.
  const refs = new Set(
    [...clone.querySelectorAll<SVGElement>('*')].flatMap((el) =>
      [...(el.getAttribute('style') ?? '').matchAll(/url\("?#([^")]+)"?\)/g)].map((m) => m[1]!),
    ),
  );
  for (const id of refs) {
    if (clone.querySelector(`[id="${id}"]`)) continue;
    const def = document.getElementById(id);
    if (!def) continue;
    const defs =
      clone.querySelector('defs') ??
      clone.insertBefore(document.createElementNS('http://www.w3.org/2000/svg', 'defs'), clone.firstChild);
    const copy = def.cloneNode(true) as SVGElement;
    copy.querySelectorAll<SVGElement>('stop').forEach((stop, i) => {
      const cs = getComputedStyle(def.querySelectorAll('stop')[i]!);
      stop.style.setProperty('stop-color', cs.getPropertyValue('stop-color'));
    });
    defs.appendChild(copy);
  }
  return clone;
}

function makeSvg(fig: Element, t: ExportText): { text: string; width: number; height: number } | null {
  const svgs = visibleSvgs(fig);
  if (svgs.length === 0) return null;
  // Panels keep their places on the page: each is placed at its offset from the first one's box.
  const rects = svgs.map((s) => s.getBoundingClientRect());
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const width = Math.round(Math.max(...rects.map((r) => r.right)) - left);
  const height = Math.round(Math.max(...rects.map((r) => r.bottom)) - top);
  const markup =
    svgs.length === 1
      ? new XMLSerializer().serializeToString(inlineStyles(svgs[0]!))
      : `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${svgs
          .map((s, i) => {
            const clone = inlineStyles(s);
            clone.setAttribute('x', String(Math.round(rects[i]!.left - left)));
            clone.setAttribute('y', String(Math.round(rects[i]!.top - top)));
            clone.setAttribute('width', String(Math.round(rects[i]!.width)));
            clone.setAttribute('height', String(Math.round(rects[i]!.height)));
            return new XMLSerializer().serializeToString(clone);
          })
          .join('')}</svg>`;
  const bodyStyle = getComputedStyle(document.body);
  return buildExportSvg({
    chartMarkup: markup,
    chartWidth: width,
    chartHeight: height,
    title: t.title,
    subtitle: t.subtitle,
    source: t.source,
    background: bodyStyle.backgroundColor || '#ffffff',
    color: bodyStyle.color || '#000000',
  });
}

function notDrawn(fig: Element): string {
  const loading = fig.querySelector('.rc-loading');
  return loading
    ? 'The chart is still being drawn: try again in a moment.'
    : 'The chart is not visible: nothing to export.';
}

function downloadSvg(fig: Element, t: ExportText): string {
  const out = makeSvg(fig, t);
  if (!out) return notDrawn(fig);
  saveFile(new Blob([out.text], { type: 'image/svg+xml' }), `${t.fileBase}.svg`);
  return `Saved ${t.fileBase}.svg`;
}

function downloadPng(fig: Element, t: ExportText, setStatus: (s: string) => void) {
  const out = makeSvg(fig, t);
  if (!out) return setStatus(notDrawn(fig));
  const fileBase = t.fileBase;
  const img = new Image();
  const url = URL.createObjectURL(new Blob([out.text], { type: 'image/svg+xml' }));
  img.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = out.width * 2;
    canvas.height = out.height * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) return setStatus('This browser cannot draw the PNG.');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, out.width, out.height);
    URL.revokeObjectURL(url);
    canvas.toBlob((blob) => {
      if (!blob) return setStatus('This browser cannot write the PNG.');
      saveFile(blob, `${fileBase}.png`);
      setStatus(`Saved ${fileBase}.png`);
    }, 'image/png');
  };
  img.onerror = () => setStatus('The PNG could not be drawn.');
  img.src = url;
}

/** Saves the chart in `fig` as SVG or PNG; reports what happened through `setStatus`. */
export function exportChart(fig: Element, format: 'svg' | 'png', t: ExportText, setStatus: (s: string) => void) {
  if (format === 'svg') setStatus(downloadSvg(fig, t));
  else downloadPng(fig, t, setStatus);
}
