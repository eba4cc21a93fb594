import type { ReactNode } from 'react';
import type { ResolvedChart } from '../../lib/charts/resolve';
import { chartMap, mapOrder, markerName, placeCellId, rowWords } from '../../lib/maps/chart-map';
import { mapKey } from '../../lib/maps/key';
import { MAP_WIDTHS } from '../../lib/maps/map';
import { ChartFigure, type ChartMeta } from './ChartFigure';
import { Responsive } from './Responsive';
import { MapSvg } from './MapSvg';

/** A map with its legend, the order its arrows follow, and its table alternative (every drawn place and its rows). */
export function MapChart({ chart: c, meta, stepper }: { chart: ResolvedChart; meta: ChartMeta; stepper?: ReactNode }) {
  const uid = `${meta.datasetId}-${meta.chart}`;
  // Short ids for the table's cells that name the markers (each map's markers point at them twice: wide and narrow).
  const cells = meta.chart;
  const m = chartMap(c, MAP_WIDTHS.wide);
  return (
    <ChartFigure meta={meta} kind="d3">
      <p className="map-help">
        Arrow keys step through the places in {mapOrder(c)}; Esc leaves the map. Every place is also in the table below
        the map; on a narrow screen the map numbers its places by that table and letters its routes by the legend.
      </p>
      <Responsive
        wide={<MapSvg chart={c} width={MAP_WIDTHS.wide} uid={`${uid}-w`} tableUid={cells} />}
        narrow={<MapSvg chart={c} width={MAP_WIDTHS.narrow} uid={`${uid}-n`} tableUid={cells} />}
      />
      {/* Under the map, so the marked place and the step's text are seen together. */}
      {stepper}
      <ul className="legend map-legend">
        {mapKey(c).map((e) => (
          <li className="legend-item" key={e.text}>
            <span className={`map-key map-key-${e.kind}`} aria-hidden="true" /> {e.text}
          </li>
        ))}
        <li className="legend-item">
          Inset: the wider region, the map’s frame outlined. Scale bar valid at the centre.
        </li>
      </ul>
      <div className="table-scroll">
        <table className="map-table">
          <caption>The places on this map, in the order the arrows follow</caption>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Place [other names]</th>
              <th scope="col">Latitude</th>
              <th scope="col">Longitude</th>
              <th scope="col">Rows that name it</th>
            </tr>
          </thead>
          <tbody>
            {m.markers.map((k, i) => (
              <tr key={k.place.id}>
                <td>{i + 1}</td>
                <th scope="row" id={placeCellId(cells, i, 'name')}>
                  {markerName(k.place, [])}
                </th>
                <td>{k.place.lat?.toFixed(5)}</td>
                <td>{k.place.lon?.toFixed(5)}</td>
                <td id={placeCellId(cells, i, 'rows')}>{k.rowIds.map(rowWords).join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartFigure>
  );
}
