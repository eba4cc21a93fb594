/**
 * Other sources as served: the rows of data/other-sources.ts and the SIPRI rows derived in code, validated when this
 * module loads (during the build and in tests): a row whose `about` names no row of the report's datasets stops the
 * build. These rows are kept apart from the report's datasets: no chart of the report's figures reads them.
 */
import { OTHER_SOURCE_ROWS } from '../../data/other-sources';
import { getDatasets } from '../datasets/datasets';
import {
  isNoneFound,
  otherSourceRow,
  validateOtherSources,
  type OtherSourceFigure,
  type OtherSourceRow,
} from '../model/other-sources';
import type { Dataset, FigureRow, Row } from '../model/schema';
import { sipriDerivedRows } from './derived';

export const OTHER_SOURCES_ID = 'other-sources';
export const OTHER_SOURCES_TITLE = 'What other sources say';
/** The line every page carries beside the report's standpoint. */
export const OTHER_SOURCES_STANDPOINT =
  'Figures from other sources are shown beside the report’s figures, attributed to their publishers; they are not the report’s, they do not correct it, and this dashboard takes no side between sources.';

export function prepareOtherSources(rows: readonly OtherSourceRow[], datasets: readonly Dataset[]): OtherSourceRow[] {
  const valid = validateOtherSources(rows);
  const problems: string[] = [];
  for (const r of valid)
    for (const a of r.about) {
      const ds = datasets.find((d) => d.id === a.dataset);
      if (!ds) problems.push(`row "${r.id}": about names no dataset "${a.dataset}"`);
      else if (!(ds.rows as readonly Row[]).some((x) => x.id === a.row))
        problems.push(`row "${r.id}": about names no row "${a.row}" in "${a.dataset}"`);
    }
  if (problems.length) throw new Error(`Other sources:\n  - ${problems.join('\n  - ')}`);
  return valid;
}

const ROWS: readonly OtherSourceRow[] = prepareOtherSources(
  [...OTHER_SOURCE_ROWS.map(otherSourceRow), ...sipriDerivedRows()],
  getDatasets(),
);

export function getOtherSources(): readonly OtherSourceRow[] {
  return ROWS;
}

/** The rows beside one of the report's rows, in stored order. */
export function othersBeside(
  datasetId: string,
  rowId: string,
  rows: readonly OtherSourceRow[] = ROWS,
): OtherSourceRow[] {
  return rows.filter((r) => r.about.some((a) => a.dataset === datasetId && a.row === rowId));
}

export interface Beside {
  row: Row;
  others: OtherSourceRow[];
}

/** Each row of a dataset that has other-source rows (or a "none found"), in the dataset's order. */
export function besideDataset(ds: Dataset, rows: readonly OtherSourceRow[] = ROWS): Beside[] {
  return (ds.rows as readonly Row[])
    .map((row) => ({ row, others: othersBeside(ds.id, row.id, rows) }))
    .filter((b) => b.others.length > 0);
}

/**
 * The other-source rows a comparison chart draws beside a report figure: those with a number or a range in the
 * report row's own unit. A chart is drawn when there are two or more.
 */
export function comparable(row: Row, others: readonly OtherSourceRow[]): OtherSourceFigure[] {
  if (!('value' in row)) return [];
  return others.filter(
    (o): o is OtherSourceFigure =>
      !isNoneFound(o) && o.unit === row.unit && (o.value !== null || (o.low !== null && o.high !== null)),
  );
}

export function hasComparisonChart(row: Row, others: readonly OtherSourceRow[]): row is FigureRow {
  return comparable(row, others).length >= 2;
}
