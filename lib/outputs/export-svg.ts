/** Builds the standalone SVG an exported chart is saved as: title, subtitle, the chart, the source line (pure). */
import { escapeXml } from './escape';

/** Greedy word wrap into lines of at most `max` characters. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface ExportInput {
  chartMarkup: string;
  chartWidth: number;
  chartHeight: number;
  title: string;
  subtitle: string;
  source: string;
  background: string;
  color: string;
}

export function buildExportSvg(i: ExportInput): { text: string; width: number; height: number } {
  const width = Math.max(i.chartWidth, 320) + 32;
  const chars = Math.floor((width - 32) / 6.6);
  const titleLines = wrap(i.title, Math.floor((width - 32) / 9.5));
  const sourceLines = wrap(i.source, chars);
  let y = 16;
  const parts: string[] = [];
  for (const line of titleLines) {
    y += 20;
    parts.push(
      `<text x="16" y="${y}" font-size="17" font-weight="700" fill="${escapeXml(i.color)}" font-family="system-ui, sans-serif">${escapeXml(line)}</text>`,
    );
  }
  y += 18;
  parts.push(
    `<text x="16" y="${y}" font-size="13" fill="${escapeXml(i.color)}" font-family="system-ui, sans-serif">${escapeXml(i.subtitle)}</text>`,
  );
  y += 10;
  // The chart's own root may carry a size (Recharts does): its place and size here replace them.
  const chart = i.chartMarkup.replace(
    /^<svg\b([^>]*)>/,
    (_m, attrs: string) =>
      `<svg x="16" y="${y}" width="${i.chartWidth}" height="${i.chartHeight}"${attrs.replace(/\s(?:x|y|width|height)="[^"]*"/g, '')}>`,
  );
  parts.push(chart);
  y += i.chartHeight + 8;
  for (const line of sourceLines) {
    y += 16;
    parts.push(
      `<text x="16" y="${y}" font-size="11.5" fill="${escapeXml(i.color)}" font-family="system-ui, sans-serif" class="export-source">${escapeXml(line)}</text>`,
    );
  }
  const height = Math.ceil(y + 16);
  const text =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(i.title)}</title><desc>${escapeXml(i.source)}</desc>` +
    `<rect width="100%" height="100%" fill="${escapeXml(i.background)}"/>` +
    parts.join('') +
    `</svg>`;
  return { text, width, height };
}
