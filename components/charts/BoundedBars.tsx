import type { FigureRow } from '../../lib/model/schema';
import { describeRows } from '../../lib/charts/text';
import { BarPanelSvg } from './BarPanelSvg';
import { ChartFigure, Responsive, type ChartMeta } from './ChartFigure';

/** A D3 bounded-bar chart: server-rendered SVG in a narrow and a wide variant. */
export function BoundedBars({ rows, meta }: { rows: readonly FigureRow[]; meta: ChartMeta }) {
  const uid = `${meta.datasetId}-${meta.chart}`;
  const description = `Bar chart. ${describeRows(rows)}. Faded ends mark open sides: "up to" and "nearly" have no lower bound, "over" has no upper bound.`;
  return (
    <ChartFigure meta={meta} kind="d3">
      <Responsive
        wide={<BarPanelSvg rows={rows} width={720} uid={`${uid}-w`} title={meta.title} description={description} />}
        narrow={<BarPanelSvg rows={rows} width={300} uid={`${uid}-n`} title={meta.title} description={description} />}
      />
      <p className="legend">
        <span className="legend-item">
          <span className="swatch swatch-solid" aria-hidden="true" /> exact or approximate (“about”, “some”: dashed cap)
        </span>
        <span className="legend-item">
          <span className="swatch swatch-fade-in" aria-hidden="true" /> “up to” / “nearly”: upper bound, lower side open
        </span>
        <span className="legend-item">
          <span className="swatch swatch-fade-out" aria-hidden="true" /> “over”: lower bound, upper side open →
        </span>
      </p>
    </ChartFigure>
  );
}
