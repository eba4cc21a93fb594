/**
 * CSV per RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * a double quote or a line break. The file starts with a UTF-8 byte-order mark so that
 * spreadsheets read non-ASCII characters (en dash, curly quotes) correctly.
 *
 * Formula injection: a text cell that begins with =, +, -, @, a tab or a carriage return is
 * prefixed with an apostrophe, so a spreadsheet shows it as text instead of evaluating it.
 * Numbers are written as numbers and never prefixed.
 */
import type { Field } from '../model/schema';

export const BOM = '\uFEFF';
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

export function neutralize(text: string): string {
  return text.length > 0 && TRIGGERS.includes(text[0] as string) ? `'${text}` : text;
}

/** Inverse of neutralize, for reading our own CSV back. */
export function unneutralize(text: string): string {
  return text.length > 1 && text[0] === "'" && TRIGGERS.includes(text[1] as string) ? text.slice(1) : text;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function cellText(value: unknown, field: Field, guard = true): string {
  const g = guard ? neutralize : (t: string) => t;
  if (value === null || value === undefined) return '';
  if (field.type === 'array' && Array.isArray(value)) return g(value.join(';'));
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return g(String(value));
}

/**
 * `bom: false, neutralize: false` is the CSV of the data package: UTF-8 without a byte-order mark (the Data
 * Resource spec; datapackage-js reads a BOM as part of the first header) and every text exactly as it is.
 */
export function toCsv(
  fields: Field[],
  rows: readonly object[],
  opts: { bom?: boolean; neutralize?: boolean } = {},
): string {
  const { bom = true, neutralize: guard = true } = opts;
  const lines = [fields.map((f) => quote(f.name)).join(',')];
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    lines.push(fields.map((f) => quote(cellText(record[f.name], f, guard))).join(','));
  }
  return `${(bom ? BOM : '') + lines.join('\r\n')}\r\n`;
}

/** RFC 4180 parser: returns the records as arrays of strings. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      i += 1;
      continue;
    }
    if (ch === ',') {
      record.push(cell);
      cell = '';
      i += 1;
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i += 2;
      continue;
    }
    if (ch === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i += 1;
      continue;
    }
    cell += ch;
    i += 1;
  }
  if (cell !== '' || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}
