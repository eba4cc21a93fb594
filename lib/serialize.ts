/** JSON and Frictionless Data Package serializations of the datasets. */
import { REPORT } from '../data/report';
import { toCsv } from './csv';
import { fieldsOf } from './fields';
import type { Dataset, Field } from './schema';

export const PACKAGE_NAME = 'karabakh-44-day-war-report-figures';

export function reportCitation(): string {
  return `${REPORT.authors.join(', ')}. ${REPORT.title}. ${REPORT.place}: ${REPORT.publisher}, ${REPORT.year}.`;
}

/** Rows as plain records with every field present, in field order. */
export function rowRecords(ds: Dataset): Record<string, unknown>[] {
  const fields = fieldsOf(ds);
  return ds.rows.map((row) => {
    const r = row as unknown as Record<string, unknown>;
    return Object.fromEntries(fields.map((f) => [f.name, r[f.name] ?? null]));
  });
}

export function datasetJson(ds: Dataset) {
  return {
    id: ds.id,
    title: ds.title,
    description: ds.description,
    source: `${ds.source} From: ${reportCitation()}`,
    caveats: ds.caveats.map((c) => c.text),
    unit: ds.unit,
    fields: fieldsOf(ds).map(({ name, type, unit, description }) => ({ name, type, unit, description })),
    rows: rowRecords(ds),
  };
}

export function datasetCsv(ds: Dataset): string {
  return toCsv(fieldsOf(ds), rowRecords(ds));
}

function tableSchemaField(f: Field) {
  // Partial dates (YYYY, YYYY-MM) are not Table Schema dates: they are strings. Arrays are ';'-joined strings.
  const type = f.type === 'array' || f.type === 'date' ? 'string' : f.type;
  const description = f.type === 'array' ? `${f.description} Ids separated by ";".` : f.description;
  return { name: f.name, title: f.title, type, description };
}

export function dataPackage(datasets: readonly Dataset[]) {
  return {
    profile: 'tabular-data-package',
    name: PACKAGE_NAME,
    title: `Figures from "${REPORT.title}" (${REPORT.publisher}, ${REPORT.year})`,
    description: REPORT.standpoint,
    sources: [{ title: reportCitation() }],
    resources: datasets.map((ds) => ({
      name: ds.id,
      path: `${ds.id}.csv`,
      profile: 'tabular-data-resource',
      title: ds.title,
      description: ds.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: { fields: fieldsOf(ds).map(tableSchemaField), primaryKey: ['id'], missingValues: [''] },
    })),
  };
}

/** The download file names served under /data/. */
export function downloadFiles(datasets: readonly Dataset[]): string[] {
  return [...datasets.flatMap((d) => [`${d.id}.csv`, `${d.id}.json`]), 'datapackage.json'];
}
