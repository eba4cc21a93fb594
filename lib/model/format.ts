/** Formatting of figures for display. Pure functions. */
import { qualifierWords } from './bound-kind';
import type { FigureRow } from './schema';

/** The shortest decimal digits that read back as `abs` (what String() gives), without exponent notation. */
function plainDecimal(abs: number): string {
  const s = String(abs);
  const m = /^(\d)(?:\.(\d+))?e-(\d+)$/.exec(s);
  return m ? `0.${'0'.repeat(Number(m[3]) - 1)}${m[1]}${m[2] ?? ''}` : s;
}

/**
 * en-US decimal: digits grouped by commas, at most `maxFractionDigits` decimals, trailing zeros dropped.
 * Same output as `new Intl.NumberFormat('en-US', { maximumFractionDigits })` for finite values below 1e21
 * (tested against it): like V8's Intl, it rounds the shortest decimal form half away from zero, so 1.005 → "1.01".
 * Written without Intl because creating the first Intl formatter loads ICU data, which cost the browser
 * about 30 ms of main-thread time on every page that formats a number.
 */
export function formatDecimal(value: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const [int0 = '0', frac0 = ''] = plainDecimal(Math.abs(value)).split('.');
  let int = int0;
  let frac = frac0.slice(0, maxFractionDigits);
  if (frac0.length > maxFractionDigits && frac0.charCodeAt(maxFractionDigits) >= 53 /* '5' */) {
    // Add one unit in the last kept place, carrying through the digits.
    const digits = `${int}${frac}`.split('').map(Number);
    let k = digits.length - 1;
    while (k >= 0 && digits[k] === 9) digits[k--] = 0;
    if (k >= 0) digits[k] = (digits[k] ?? 0) + 1;
    const joined = `${k < 0 ? '1' : ''}${digits.join('')}`;
    int = joined.slice(0, joined.length - frac.length) || '0';
    frac = joined.slice(joined.length - frac.length);
  }
  const fraction = frac.replace(/0+$/, '');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function formatNumber(value: number): string {
  return formatDecimal(value, 2);
}

/** Units whose singular is not the plural without its final "s". */
const SINGULAR: Record<string, string> = {
  people: 'person',
  countries: 'country',
  'houses and farmlands': 'house or farmland',
  'heads of regional offices': 'head of a regional office',
  'vehicles and units': 'vehicle or unit',
};

/** The unit as written after a count: singular for a count of one, as in "a person", plural otherwise. */
export function unitFor(value: number, unit: string): string {
  if (value !== 1) return unit;
  return SINGULAR[unit] ?? (/^[a-z]+s$/.test(unit) ? unit.slice(0, -1) : unit);
}

/** A value in its unit, without qualifier: 2,500,000,000 in US$ reads "$2.5 billion"; a count of one is singular. */
/** Units formatValue writes into the number itself ("45%", "$1.2 billion", "3.5×"), never after it as a word. */
export const UNITS_IN_NUMBER: ReadonlySet<string> = new Set(['%', 'US$', '×']);

export function formatValue(value: number, unit: string): string {
  if (unit === '%') return `${formatNumber(value)}%`;
  if (unit === 'US$') {
    if (Math.abs(value) >= 1e9) return `$${formatDecimal(value / 1e9, 3)} billion`;
    if (Math.abs(value) >= 1e6) return `$${formatDecimal(value / 1e6, 3)} million`;
    return `$${formatNumber(value)}`;
  }
  if (unit === '×') return `${formatDecimal(value, 1)}×`;
  return `${formatNumber(value)} ${unitFor(value, unit)}`;
}

/**
 * Compact axis label: 3.3B, 400M, 14K. `axisMax` (the largest tick of the axis) picks one scale for every tick,
 * so an axis never mixes "5,000" and "10K": with it, 5,000 on an axis up to 15,000 reads "5K".
 */
export function formatTick(value: number, unit: string, axisMax = value): string {
  const top = Math.abs(axisMax);
  const short = (v: number, suffix: string) => `${formatDecimal(v, 1)}${suffix}`;
  const body =
    value === 0
      ? '0'
      : top >= 1e9
        ? short(value / 1e9, 'B')
        : top >= 1e6
          ? short(value / 1e6, 'M')
          : top >= 1e4
            ? short(value / 1e3, 'K')
            : formatNumber(value);
  if (unit === '%') return `${body}%`;
  if (unit === 'US$') return `$${body}`;
  return body;
}

/** With its qualifier: "up to 2,000 people", "about 12%", "$1.5 billion". */
export function formatFigure(row: Pick<FigureRow, 'value' | 'unit' | 'qualifier'>): string {
  return `${qualifierWords(row.qualifier)}${formatValue(row.value, row.unit)}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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
  const noUrl = source
    .replace(/,?\s*(available at\s+)?\S*[./]\S*\/\S*\s*(\(Accessed[^)]*\))?\.?$/, '')
    .replace(/,\s*(https?:\/\/|www)\S*$/, '')
    .replace(/[.,\s]+$/, '');
  if (noUrl.length <= max) return noUrl;
  return `${noUrl.slice(0, noUrl.lastIndexOf(' ', max))}…`;
}
