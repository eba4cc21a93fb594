/** Formatting of figures for display. Pure functions. */
import type { FigureRow, Qualifier } from './schema';

const nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return nf.format(value);
}

/** A value in its unit, without qualifier: "3,274,000,000" in US$ reads "$3.274 billion". */
export function formatValue(value: number, unit: string): string {
  if (unit === '%') return `${formatNumber(value)}%`;
  if (unit === 'US$') {
    if (Math.abs(value) >= 1e9) return `$${new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(value / 1e9)} billion`;
    if (Math.abs(value) >= 1e6) return `$${new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(value / 1e6)} million`;
    return `$${formatNumber(value)}`;
  }
  if (unit === '×') return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(value)}×`;
  return `${formatNumber(value)} ${unit}`;
}

/** Compact axis label: 3.3B, 400M, 14K. */
export function formatTick(value: number, unit: string): string {
  const abs = Math.abs(value);
  const short = (v: number, suffix: string) => `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(v)}${suffix}`;
  const body = abs >= 1e9 ? short(value / 1e9, 'B') : abs >= 1e6 ? short(value / 1e6, 'M') : abs >= 1e4 ? short(value / 1e3, 'K') : formatNumber(value);
  if (unit === '%') return `${body}%`;
  if (unit === 'US$') return `$${body}`;
  return body;
}

export function qualifierPrefix(q: Qualifier): string {
  return q === 'exact' ? '' : `${q} `;
}

/** "up to 7,000 people", "about 24%", "$3.274 billion". */
export function formatFigure(row: Pick<FigureRow, 'value' | 'unit' | 'qualifier'>): string {
  return `${qualifierPrefix(row.qualifier)}${formatValue(row.value, row.unit)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A partial ISO date at its own precision: "2021" / "June 2021" / "4 June 2021". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (m === undefined) return y ?? date;
  const month = MONTHS[Number(m) - 1] ?? m;
  if (d === undefined) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

export function footnoteLabel(footnote: number | null): string {
  return footnote === null ? 'no footnote' : `footnote ${footnote}`;
}

/** A citation without its trailing web address, cut at a word boundary if still long. */
export function shortCitation(source: string, max = 190): string {
  const noUrl = source.replace(/,?\s*(available at\s+)?\S*[./]\S*\/\S*\s*(\(Accessed[^)]*\))?\.?$/, '').replace(/,\s*(https?:\/\/|www)\S*$/, '').replace(/[.,\s]+$/, '');
  if (noUrl.length <= max) return noUrl;
  return `${noUrl.slice(0, noUrl.lastIndexOf(' ', max))}…`;
}
