/**
 * The other sources' downloads (pure): their fields, records, CSV, JSON, data-package resource and workbook sheet.
 * The same fields in every file, named as in issue 24. Not one of the report's datasets: its own files beside them.
 */
import { createHash } from 'node:crypto';
import { QUALIFIERS, type Dataset, type Field } from '../model/schema';
import { NONE_FOUND, SOURCE_KINDS, type OtherSourceRow } from '../model/other-sources';
import { OTHER_SOURCES_ID, OTHER_SOURCES_STANDPOINT, OTHER_SOURCES_TITLE } from '../other-sources/sources';
import { toCsv } from './csv';
import { fitSheet, type XCell, type XSheet } from './xlsx';

const f = (name: string, title: string, type: Field['type'], description: string): Field => ({
  name,
  title,
  type,
  unit: null,
  description,
});

export const OTHER_SOURCE_FIELDS: Field[] = [
  f('id', 'Id', 'string', 'Stable identifier of the row.'),
  f(
    'about',
    'Beside',
    'array',
    'The report’s figure(s) this row stands beside, as dataset/row (for example casualties/combatants-killed-official).',
  ),
  f('kind', 'Kind of source', 'string', `Who produced the figure: ${SOURCE_KINDS.join(', ')}; or "${NONE_FOUND}".`),
  f('printed', 'As printed', 'string', 'The figure as the other source prints it (derived rows: as computed here).'),
  f('value', 'Value', 'number', 'The number; empty for a range (see low and high) and for a row without a number.'),
  f('low', 'Low', 'number', 'Lower bound; empty where the source leaves the lower side open ("up to", "nearly").'),
  f('high', 'High', 'number', 'Upper bound; empty where the source leaves the upper side open ("over", "more than").'),
  f('qualifier', 'Qualifier', 'string', 'exact, about, some, nearly, up to or over, as the source words the figure.'),
  f('unit', 'Unit', 'string', 'What the figure counts.'),
  f('publisher', 'Publisher', 'string', 'Who published the document.'),
  f('title', 'Title', 'string', 'The document’s title.'),
  f('url', 'Address', 'string', 'The document’s address, as given.'),
  f(
    'published',
    'Published',
    'string',
    'Date of the document: YYYY-MM-DD, or YYYY-MM / YYYY where only that is known.',
  ),
  f('publishedBasis', 'Date basis', 'string', 'Where the publication date comes from.'),
  f('asOf', 'As of', 'string', 'The date the figure refers to, when the document says.'),
  f('quote', 'Quote', 'string', 'A short exact quote from the document that contains the figure as printed.'),
  f('scope', 'Scope', 'string', 'How the measure differs from the report’s (period, population, counting rule).'),
  f(
    'claimType',
    'Claim type',
    'string',
    '"as published", or "derived": computed by this dashboard from the source’s data.',
  ),
  f('formula', 'Formula', 'string', 'Derived rows: how the figure is computed.'),
  f('inputs', 'Inputs', 'array', 'Derived rows: the records or rows the formula uses.'),
  f('note', 'Note', 'string', 'Context, doubts, and whether the original was at hand.'),
  f('searches', 'Searches tried', 'array', '"none found" rows: the searches tried, as typed.'),
  f('searchedOn', 'Searched on', 'string', '"none found" rows: when the searches were made.'),
  f('retrievedWith', 'Retrieved with', 'string', 'How the document was found and read.'),
];

export function otherSourceRecords(rows: readonly OtherSourceRow[]): Record<string, unknown>[] {
  return rows.map((row) => {
    const r = row as unknown as Record<string, unknown>;
    return Object.fromEntries(
      OTHER_SOURCE_FIELDS.map((fl) => [
        fl.name,
        fl.name === 'about' ? row.about.map((a) => `${a.dataset}/${a.row}`) : (r[fl.name] ?? null),
      ]),
    );
  });
}

/** The rows beside any row of these datasets (all rows when every dataset is given). */
export function otherSourcesOf(rows: readonly OtherSourceRow[], datasets: readonly Dataset[]): OtherSourceRow[] {
  const ids = new Set(datasets.map((d) => d.id));
  return rows.filter((r) => r.about.some((a) => ids.has(a.dataset)));
}

export const OTHER_SOURCES_DESCRIPTION = `What other publishers (research bodies, international organisations, the parties, news outlets) published on the report’s figures, each row beside the report’s row(s) it names in "about", with its document, date, quote, kind of source and scope; and, where nothing was found, the searches tried. ${OTHER_SOURCES_STANDPOINT}`;

export function otherSourcesCsv(rows: readonly OtherSourceRow[], opts: { bom?: boolean; neutralize?: boolean } = {}) {
  return toCsv(OTHER_SOURCE_FIELDS, otherSourceRecords(rows), opts);
}

export function otherSourcesJson(rows: readonly OtherSourceRow[]) {
  return {
    id: OTHER_SOURCES_ID,
    title: OTHER_SOURCES_TITLE,
    description: OTHER_SOURCES_DESCRIPTION,
    fields: OTHER_SOURCE_FIELDS.map(({ name, type, description }) => ({ name, type, description })),
    rows: otherSourceRecords(rows),
  };
}

/** The data package's resource: a BOM-less CSV with its bytes, hash and schema. */
export function otherSourcesResource(rows: readonly OtherSourceRow[]) {
  const csv = Buffer.from(otherSourcesCsv(rows, { bom: false, neutralize: false }), 'utf8');
  const cats: Record<string, readonly string[]> = {
    kind: [...SOURCE_KINDS, NONE_FOUND],
    claimType: ['as published', 'derived'],
    qualifier: QUALIFIERS,
  };
  return {
    name: OTHER_SOURCES_ID,
    type: 'table',
    profile: 'tabular-data-resource',
    path: `package/${OTHER_SOURCES_ID}.csv`,
    title: `${OTHER_SOURCES_TITLE} (not the report’s figures)`,
    description: OTHER_SOURCES_DESCRIPTION,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: csv.length,
    hash: createHash('md5').update(csv).digest('hex'),
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: OTHER_SOURCE_FIELDS.map((fl) => ({
        name: fl.name,
        title: fl.title,
        type: fl.type === 'array' ? 'string' : fl.type,
        description: fl.type === 'array' ? `${fl.description} Separated by ";".` : fl.description,
        ...(fl.name === 'id' ? { constraints: { required: true, unique: true } } : {}),
        ...(cats[fl.name]
          ? {
              categories: [...cats[fl.name]!],
              ...(fl.name === 'kind' ? { constraints: { required: true, enum: [...cats.kind!] } } : {}),
            }
          : {}),
      })),
      primaryKey: ['id'],
      missingValues: [''],
    },
  };
}

const text = (value: string, bold = false): XCell => ({
  type: String,
  value,
  ...(bold ? { fontWeight: 'bold' as const } : {}),
});

/** The workbook's sheet: text as text, numbers as numbers, an open side an empty cell, the address a link. */
export function otherSourcesSheet(rows: readonly OtherSourceRow[]): XSheet {
  const records = otherSourceRecords(rows);
  const widths: Record<string, number> = {
    quote: 60,
    scope: 50,
    note: 40,
    title: 40,
    publisher: 30,
    about: 36,
    url: 40,
    printed: 22,
    id: 30,
  };
  // Wrapped text gets rows as tall as its lines, as every other sheet (in Calc a row otherwise keeps one line).
  return fitSheet({
    sheet: OTHER_SOURCES_ID,
    data: [
      OTHER_SOURCE_FIELDS.map((fl) => text(fl.name, true)),
      ...records.map((r) =>
        OTHER_SOURCE_FIELDS.map((fl): XCell => {
          const v = r[fl.name];
          if (v === null || v === undefined) return null;
          if (Array.isArray(v)) return text(v.join(';'));
          if (typeof v === 'number') return { type: Number, value: v };
          return text(String(v));
        }),
      ),
    ],
    columns: OTHER_SOURCE_FIELDS.map((fl) => ({ width: widths[fl.name] ?? (fl.type === 'number' ? 12 : 16) })),
    stickyRowsCount: 1,
  });
}
