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
  | { type: StringConstructor; value: string; wrap?: boolean; fontWeight?: 'bold' }
  | { type: NumberConstructor; value: number }
  | { type: DateConstructor; value: Date; format: string }
  | { type: 'Formula'; value: string };
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

/** Column widths in characters: wide for the phrase and the source, narrow for numbers and codes. */
function width(f: Field): number {
  return (
    (
      { quote: 60, source: 60, note: 40, label: 40, event: 50, group: 26, printed: 22, id: 30 } as Record<
        string,
        number
      >
    )[f.name] ?? (f.type === 'number' ? 14 : 12)
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

export function datasetSheet(ds: Dataset, base = siteUrl()): XSheet {
  const fields = fieldsOf(ds);
  const header = [...fields.map((f) => text(f.name, true)), text('link', true)];
  const rows = rowRecords(ds).map((r) => [
    ...fields.map((f) => cellOf(r[f.name], f)),
    {
      type: 'Formula' as const,
      value: `HYPERLINK(${quoteFormula(rowPermalink(ds.id, String(r.id), base))},${quoteFormula('page of this figure')})`,
    },
  ]);
  return {
    sheet: ds.id.slice(0, 31),
    data: [header, ...rows],
    columns: [...fields.map((f) => ({ width: width(f) })), { width: 20 }],
    stickyRowsCount: 1,
  };
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
  return {
    sheet: 'README',
    data: [
      [text('Topic', true), text('Text', true)],
      ...lines.map(([a, b]) => [a ? text(a, true) : null, { type: String, value: b, wrap: true } as XCell]),
    ],
    columns: [{ width: 28 }, { width: 120 }],
    stickyRowsCount: 1,
  };
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
  return {
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
    columns: [{ width: 10 }, { width: 14 }, { width: 18 }, { width: 10 }, { width: 10 }, { width: 100 }],
    stickyRowsCount: 1,
  };
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
