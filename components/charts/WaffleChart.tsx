import { waffle } from '../../lib/charts/geometry/waffle';
import type { FigureRow } from '../../lib/model/schema';
import { ChartFigure, type ChartMeta } from './ChartFigure';
import { WaffleCells } from './WaffleCells';

/** D3-free unit chart (the geometry is a pure function): one cell per percentage point. */
export function WaffleChart({ row, meta }: { row: FigureRow; meta: ChartMeta }) {
  const w = waffle(row.value, { cell: 20, gap: 3 });
  const uid = `${meta.datasetId}-${meta.chart}`;
  const tip = `Stated accuracy: ${row.printed} (${row.claimType}, footnote ${row.footnote}). ${w.filled} of 100 cells filled; "${row.qualifier}" marks the share as approximate.`;
  return (
    <ChartFigure meta={meta} kind="d3">
      <svg
        className="chart-svg waffle"
        viewBox={`-4 -4 ${w.width + 8} ${w.height + 36}`}
        role="group"
        aria-labelledby={`${uid}-t ${uid}-d`}
        style={{ maxWidth: 320 }}
      >
        <title id={`${uid}-t`}>{meta.title}</title>
        <desc id={`${uid}-d`}>{`Unit chart of 100 cells, ${w.filled} filled: ${row.printed}.`}</desc>
        <g className="mark" tabIndex={0} role="img" aria-label={tip} data-tip="" data-row-id={row.id}>
          <WaffleCells cells={w.cells} />
          <text x={0} y={w.height + 24} className="value-label">
            {`${w.filled} of 100 cells (approximate)`}
          </text>
        </g>
      </svg>
    </ChartFigure>
  );
}
