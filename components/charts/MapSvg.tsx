import type { ResolvedChart } from '../../lib/charts/resolve';
import { chartMap, markerName, placeCellIds, rowWords } from '../../lib/maps/chart-map';
import { mapSvg } from '../../lib/maps/svg';

// Its own file, without ChartFigure, so the deck can draw a map without the chart's client leaves.
/** A map chart as server-drawn SVG at one width; its markup is built by lib/maps/svg (one writer for every output). */
export function MapSvg({
  chart: c,
  width,
  uid,
  interactive = true,
  tableUid,
}: {
  chart: ResolvedChart;
  width: number;
  uid: string;
  interactive?: boolean;
  /** The page's table of the map's places: each marker is named by its row there (the names are in the HTML once). */
  tableUid?: string;
}) {
  const m = chartMap(c, width);
  const names = Object.fromEntries(
    m.markers.map((k, i) => [
      k.place.id,
      tableUid ? { ids: placeCellIds(tableUid, i, k.rowIds.length > 0) } : markerName(k.place, k.rowIds.map(rowWords)),
    ]),
  );
  const svg = mapSvg(m, { uid, title: c.title, description: c.description, names, interactive });
  // biome-ignore lint/security/noDangerouslySetInnerHtml: built on the server from our own data, every text escaped.
  return <div className="map-svg-box" dangerouslySetInnerHTML={{ __html: svg }} />;
}
