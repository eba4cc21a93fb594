/**
 * The datasets as served: the registry's datasets with derived rows added, each validated.
 * Validation runs when this module is first loaded, that is during `next build` and in tests:
 * a dataset that breaks its schema stops the build with a message naming dataset, row and field.
 */
import { REGISTRY } from '../../data/registry';
import { withDerived } from './derive';
import { DatasetValidationError, validateDataset, type Dataset } from '../model/schema';

export function prepareDatasets(stored: readonly Dataset[]): Dataset[] {
  const ids = new Set<string>();
  const out = stored.map((ds) => {
    if (ids.has(ds.id)) throw new Error(`Dataset id "${ds.id}" is used twice in the registry`);
    ids.add(ds.id);
    return validateDataset(withDerived(validateDataset(ds)));
  });
  // A place names the rows that name it: each must exist.
  const rowKeys = new Set(out.flatMap((d) => (d.rows as readonly { id: string }[]).map((r) => `${d.id}/${r.id}`)));
  for (const ds of out) {
    if (ds.kind !== 'places') continue;
    const problems = ds.rows.flatMap((r) =>
      (r.namedIn ?? [])
        .filter((k) => !rowKeys.has(k))
        .map((k) => ({ row: r.id, field: 'namedIn', message: `no row "${k}" in the registry` })),
    );
    if (problems.length > 0) throw new DatasetValidationError(ds.id, problems);
  }
  return out;
}

const DATASETS: readonly Dataset[] = prepareDatasets(REGISTRY);

export function getDatasets(): readonly Dataset[] {
  return DATASETS;
}

export function getDataset(id: string): Dataset | undefined {
  return DATASETS.find((d) => d.id === id);
}

export const DATASET_IDS: readonly string[] = DATASETS.map((d) => d.id);
