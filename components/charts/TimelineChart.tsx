import type { EventRow } from '../../lib/model/schema';
import { ChartFigure, type ChartMeta } from './ChartFigure';
import { Responsive } from './Responsive';
import { TimelineSvg } from './TimelineSvg';

export function TimelineChart({ events, meta }: { events: readonly EventRow[]; meta: ChartMeta }) {
  const uid = `${meta.datasetId}-${meta.chart}`;
  return (
    <ChartFigure meta={meta} kind="d3">
      <Responsive
        wide={<TimelineSvg events={events} width={760} uid={`${uid}-w`} title={meta.title} />}
        narrow={<TimelineSvg events={events} width={300} uid={`${uid}-n`} title={meta.title} />}
      />
      <p className="legend">
        <span className="legend-item">
          <span className="swatch swatch-dot" aria-hidden="true" /> dated to the day
        </span>
        <span className="legend-item">
          <span className="swatch swatch-band" aria-hidden="true" /> dated to the month or year (the bar covers it)
        </span>
      </p>
    </ChartFigure>
  );
}
