import type { Dataset } from '../../lib/schema';

export function DatasetCharts({ dataset }: { dataset: Dataset }) {
  void dataset;
  return null;
}
