import { toCsv } from './csv';
import { fieldsOf } from './fields';
import type { Dataset } from '../model/schema';

export const PACKAGE_NAME = 'karabakh-44-day-war-report-figures';
/** The file name (without extension) of the workbook of every dataset and of the zip bundle under /data/. */
export const BUNDLE = 'karabakh-report-figures';

import { reportCitation } from './citation';

export { reportCitation };

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
