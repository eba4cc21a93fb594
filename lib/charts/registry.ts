/**
 * The chart specs resolved against the served datasets, once, when this module loads (during `next build`
 * and in tests): a spec that names a row, group or caveat its dataset lacks stops the build, naming the chart.
 */
import { CHART_SPECS, SLIDE_SPECS } from './specs';
import { ChartSpecError, resolveAll, type ResolvedChart, type SlideSpec } from './resolve';
import { getDatasets } from '../datasets/datasets';

export function checkSlides(slides: readonly SlideSpec[], charts: readonly ResolvedChart[]): void {
  const keys = new Set<string>();
  for (const s of slides) {
    if (keys.has(s.key)) throw new ChartSpecError(`slide ${s.key}`, 'its key is used twice');
    keys.add(s.key);
    if (s.charts.length === 0) throw new ChartSpecError(`slide ${s.key}`, 'picks no chart');
    for (const id of s.charts) {
      if (!charts.some((c) => c.datasetId === s.dataset && c.id === id))
        throw new ChartSpecError(`${s.dataset}/${id}`, `slide "${s.key}" picks a chart that has no spec`);
    }
  }
}

const CHARTS: readonly ResolvedChart[] = resolveAll(CHART_SPECS, getDatasets());
checkSlides(SLIDE_SPECS, CHARTS);

export function getCharts(): readonly ResolvedChart[] {
  return CHARTS;
}

/** The charts a dataset page draws, in spec order. */
export function pageCharts(datasetId: string): ResolvedChart[] {
  return CHARTS.filter((c) => c.datasetId === datasetId && c.spec.onPage);
}

export function chartOf(datasetId: string, chartId: string): ResolvedChart | undefined {
  return CHARTS.find((c) => c.datasetId === datasetId && c.id === chartId);
}
