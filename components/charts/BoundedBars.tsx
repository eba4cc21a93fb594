import { boundLegend } from '../../lib/model/bound';
import type { FigureRow } from '../../lib/model/schema';
import { describeRows } from '../../lib/charts/text';
import { ResponsiveBars } from './BarPanelSvg';
import { BoundLegend } from './BoundLegend';
import { ChartFigure, type ChartMeta } from './ChartFigure';

/** A D3 bounded-bar chart: server-rendered SVG in a narrow and a wide variant. */
export function BoundedBars({ rows, meta }: { rows: readonly FigureRow[]; meta: ChartMeta }) {
  const uid = `${meta.datasetId}-${meta.chart}`;
  const legend = boundLegend(
    rows.map((r) => r.qualifier),
    'svg',
  );
  const description = `Bar chart. ${describeRows(rows)}. ${legend.map((l) => l.text).join('. ')}.`;
  return (
    <ChartFigure meta={meta} kind="d3">
      <ResponsiveBars rows={rows} uid={uid} title={meta.title} description={description} />
      <BoundLegend entries={legend} />
    </ChartFigure>
  );
}
