/**
 * Excel workbooks (pure: sheets as data for write-excel-file, which the build passes in). Numbers are numbers,
 * an open bound is an empty cell beside its qualifier, a day-precise date is a date and a month or a year stays
 * text as the report dates it, every text cell is typed as text so nothing that starts with =, +, - or @ is
 * ever evaluated, the header row is frozen, and each row links to its figure's page.
 */
import { openCellsSentence } from '../model/bound';
import { REPORT } from '../../data/report';
import { RELEASE } from '../../data/release';
import { datasetCitation } from './citation';
import { FIELDS_OF_KIND, fieldsOf } from './fields';
import type { Dataset, Field } from '../model/schema';
import { reportCitation, rowRecords } from './serialize';
import { rowPermalink, siteUrl } from '../site/urls';
import { getOtherSources, OTHER_SOURCES_STANDPOINT } from '../other-sources/sources';
import { otherSourcesOf, otherSourcesSheet } from './other-sources';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The cell shapes write-excel-file takes (its own types, restated so this module needs no import of it). */
export type XCell =
  | null
  | {
      type: StringConstructor;
      value: string;
      wrap?: boolean;
      fontWeight?: 'bold';
      alignVertical?: 'top';
      /** the row's height in points (write-excel-file takes the largest of a row's cells) */
      height?: number;
    }
  | { type: NumberConstructor; value: number; alignVertical?: 'top' }
  | { type: DateConstructor; value: Date; format: string; alignVertical?: 'top' }
  | { type: 'Formula'; value: string; alignVertical?: 'top' };
export interface XSheet {
  sheet: string;
  data: XCell[][];
  columns: { width: number }[];
  stickyRowsCount?: number;
}

const text = (value: string, bold = false): XCell => ({
  type: String,
  value,
  ...(bold ? { fontWeight: 'bold' as const } : {}),
});
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The widest a column may grow, in characters: text beyond it wraps onto more lines of a taller row. */
function maxWidth(f: Field): number {
  return (
    (
      { quote: 60, source: 60, note: 50, label: 40, event: 50, group: 30, printed: 30, id: 36 } as Record<
        string,
        number
      >
    )[f.name] ?? 24
  );
}

export function cellOf(value: unknown, f: Field): XCell {
  if (value === null || value === undefined) return null;
  if (f.type === 'array' && Array.isArray(value)) return text(value.join(';'));
  if (typeof value === 'number') return Number.isFinite(value) ? { type: Number, value } : null;
  const s = String(value);
  // A day is a date; "2021-06" and "2020" stay text, at the precision the report gives.
  if ((f.name === 'date' || f.name === 'endDate') && DAY.test(s))
    return { type: Date, value: new Date(`${s}T00:00:00Z`), format: 'yyyy-mm-dd' };
  return text(s);
}

const quoteFormula = (s: string) => `"${s.replace(/"/g, '""')}"`;

const LINK_TEXT = 'page of this figure';

export function datasetSheet(ds: Dataset, base = siteUrl()): XSheet {
  const fields = fieldsOf(ds);
  const header = [...fields.map((f) => text(f.name, true)), text('link', true)];
  const rows = rowRecords(ds).map((r) => [
    ...fields.map((f) => cellOf(r[f.name], f)),
    {
      type: 'Formula' as const,
      value: `HYPERLINK(${quoteFormula(rowPermalink(ds.id, String(r.id), base))},${quoteFormula(LINK_TEXT)})`,
    },
  ]);
  return fitSheet({
    sheet: ds.id.slice(0, 31),
    data: [header, ...rows],
    columns: [...fields.map((f) => ({ width: maxWidth(f) })), { width: LINK_TEXT.length + 2 }],
    stickyRowsCount: 1,
  });
}

export function readmeSheet(datasets: readonly Dataset[], base = siteUrl()): XSheet {
  const lines: [string, string][] = [
    [
      'What this is',
      `Every figure and dated event of the report, one sheet per dataset, each row with the report section, the footnote, the source it cites, a verbatim phrase and a claim type. Data version ${RELEASE.version} (${RELEASE.date}).`,
    ],
    ['The report', reportCitation()],
    ['Standpoint', REPORT.standpoint],
    ['Open bounds', `${openCellsSentence()} The qualifier column says which.`],
    [
      'Dates',
      'A date given to the day is a date cell; a month (YYYY-MM) or a year (YYYY) is text, as the report dates it.',
    ],
    ['Fields', 'The sheet "Fields" describes every column.'],
    [
      'Other sources',
      `The sheet "other-sources" lists what other publishers said on the same figures, each row beside the report’s row(s) named in its "about" column, with its kind of source, date, quote and scope. ${OTHER_SOURCES_STANDPOINT}`,
    ],
    [
      'How to cite',
      `Cite the figure as printed, the report, its section and footnote. For the data: ${datasets.map((d) => datasetCitation(d, base)).join(' | ')}`,
    ],
    ...datasets.flatMap((d) => d.caveats.map((c, i): [string, string] => [i === 0 ? `Caveats: ${d.id}` : '', c.text])),
  ];
  return fitSheet({
    sheet: 'README',
    data: [[text('Topic', true), text('Text', true)], ...lines.map(([a, b]) => [a ? text(a, true) : null, text(b)])],
    columns: [{ width: 16 }, { width: 52 }],
    stickyRowsCount: 1,
  });
}

export function fieldsSheet(): XSheet {
  const rows = Object.entries(FIELDS_OF_KIND)
    .flatMap(([kind, fields]) => fields.map((f) => [kind, f] as const))
    .map(([kind, f]) => [
      text(kind),
      text(f.name),
      text(f.title),
      text(f.type),
      f.unit ? text(f.unit) : null,
      text(f.description),
    ]);
  return fitSheet({
    sheet: 'Fields',
    data: [
      ['sheets of', 'field', 'title', 'type', 'unit', 'description'].map((h) => text(h, true)),
      ...rows,
      [
        text('figures, events'),
        text('link'),
        text('Link'),
        text('formula'),
        null,
        text('A link to the row’s figure or event on its dataset page.'),
      ],
    ],
    columns: [{ width: 16 }, { width: 16 }, { width: 24 }, { width: 10 }, { width: 16 }, { width: 60 }],
    stickyRowsCount: 1,
  });
}

/** Points per line of text: Calibri 11 in Excel and Liberation Sans 10 in LibreOffice Calc both fit in it. */
export const LINE_PT = 15;

/**
 * Lines a text takes in a column `width` characters wide, wrapped at spaces as a spreadsheet wraps it. A column's
 * width counts the digit 0, which is as wide as an average letter or wider, so the count errs on the tall side.
 */
export function wrappedLines(value: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const para of value.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of para.split(' ')) {
      const w = word.length;
      if (line === 0) line = w;
      else if (line + 1 + w <= room) line += 1 + w;
      else {
        lines += 1;
        line = w;
      }
      while (line > room) {
        lines += 1;
        line -= room;
      }
    }
  }
  return lines;
}

/** The text a cell shows, for measuring it. */
function shown(c: XCell): string {
  if (c === null) return '';
  if (c.type === String) return c.value;
  if (c.type === Number) return String(c.value);
  if (c.type === Date) return 'yyyy-mm-dd';
  return LINK_TEXT;
}

/**
 * Column widths and row heights, so the sheet reads in a spreadsheet: each column as wide as its widest cell, at
 * most its given width (two characters of margin); a text wider than that wraps, top-aligned, and its row gets
 * the height of its lines (a row keeps one line's height otherwise, and wrapped lines are drawn over the next row).
 */
export function fitSheet(s: XSheet): XSheet {
  const columns = s.columns.map((c, k) => ({
    width: Math.min(c.width, Math.max(8, ...s.data.map((row) => shown(row[k] ?? null).length + 2))),
  }));
  const data = s.data.map((row) => {
    const lines = Math.max(
      1,
      ...row.map((c, k) => (c?.type === String ? wrappedLines(c.value, columns[k]!.width) : 1)),
    );
    return row.map((c, k): XCell => {
      if (c === null) return null;
      if (lines === 1) return c;
      if (c.type !== String) return { ...c, alignVertical: 'top' };
      const wrap = wrappedLines(c.value, columns[k]!.width) > 1;
      return { ...c, alignVertical: 'top', height: lines * LINE_PT, ...(wrap ? { wrap: true } : {}) };
    });
  });
  return { ...s, data, columns };
}

/** One dataset's workbook: its sheet, README and Fields. The full workbook: README, Fields, then every dataset. */
export function workbookSheets(datasets: readonly Dataset[], base = siteUrl()): XSheet[] {
  const others = otherSourcesOf(getOtherSources(), datasets);
  return [
    readmeSheet(datasets, base),
    fieldsSheet(),
    ...datasets.map((d) => datasetSheet(d, base)),
    ...(others.length ? [otherSourcesSheet(others)] : []),
  ];
}
