/**
 * The datasets as served: the registry's datasets with derived rows added, each validated.
 * Validation runs when this module is first loaded, that is during `next build` and in tests:
 * a dataset that breaks its schema stops the build with a message naming dataset, row and field.
 */
import { REGISTRY } from '../../data/registry';
import { withDerived } from './derive';
import { validateDataset, type Dataset } from '../model/schema';

export function prepareDatasets(stored: readonly Dataset[]): Dataset[] {
  const ids = new Set<string>();
  return stored.map((ds) => {
    if (ids.has(ds.id)) throw new Error(`Dataset id "${ds.id}" is used twice in the registry`);
    ids.add(ds.id);
    return validateDataset(withDerived(validateDataset(ds)));
  });
}

const DATASETS: readonly Dataset[] = prepareDatasets(REGISTRY);

export function getDatasets(): readonly Dataset[] {
  return DATASETS;
}

export function getDataset(id: string): Dataset | undefined {
  return DATASETS.find((d) => d.id === id);
}

export const DATASET_IDS: readonly string[] = DATASETS.map((d) => d.id);
