/** A map chart's places, areas and routes, from its spec and the places dataset; and the text every map carries. */
import { ROUTES } from '../../data/places';
import { getDataset } from '../datasets/datasets';
import type { ResolvedChart } from '../charts/resolve';
import { footnoteLabel, formatPartialDate } from '../model/format';
import { rowDate } from '../model/rows';
import type { PlaceRow, Row } from '../model/schema';
import {
  BOUNDARY_SOURCE,
  DISTRICT_FRAME,
  LabelsDoNotFit,
  MAP_WIDTHS,
  type MapInput,
  REGION_FRAME,
  mapLayout,
  type MapLayout,
} from './map';

export function placeRows(): PlaceRow[] {
  const ds = getDataset('places');
  if (ds?.kind !== 'places') throw new Error('no places dataset');
  return ds.rows;
}

const inFrame = (p: PlaceRow, f: readonly number[]) =>
  p.lat !== null && p.lon !== null && p.lon >= f[0]! && p.lon <= f[2]! && p.lat >= f[1]! && p.lat <= f[3]!;

/** The stated order a map steps through its places. */
export function mapOrder(c: ResolvedChart): string {
  return c.spec.map?.marks === 'all'
    ? 'west to east'
    : c.rows.some((r) => rowDate(r))
      ? 'date order'
      : 'the rows’ order';
}

export function mapInput(c: ResolvedChart, width: number): MapInput {
  const spec = c.spec.map;
  if (!spec) throw new Error(`${c.datasetId}/${c.id}: a map needs its map spec`);
  const frame = spec.frame === 'districts' ? DISTRICT_FRAME : REGION_FRAME;
  const places = placeRows();
  const byId = (id: string) => {
    const p = places.find((x) => x.id === id);
    if (!p) throw new Error(`${c.datasetId}/${c.id}: no place "${id}"`);
    return p;
  };
  let marks: MapInput['marks'];
  if (spec.marks === 'all') {
    marks = places
      .filter((p) => p.drawn === 'regional' && inFrame(p, frame))
      .sort((a, b) => a.lon! - b.lon!)
      .map((place) => ({ place, rowIds: place.namedIn ?? [] }));
  } else {
    const keys = (r: Row) => `${c.datasetId}/${r.id}`;
    const rows = c.rows.some((r) => rowDate(r))
      ? [...c.rows].sort((a, b) => (rowDate(a) ?? '').localeCompare(rowDate(b) ?? ''))
      : c.rows;
    const seen = new Map<string, string[]>();
    for (const r of rows) {
      for (const p of places) {
        if (!(p.namedIn ?? []).includes(keys(r)) || p.drawn !== 'regional' || !inFrame(p, frame)) continue;
        const list = seen.get(p.id) ?? [];
        list.push(keys(r));
        seen.set(p.id, list);
      }
    }
    marks = [...seen].map(([id, rowIds]) => ({ place: byId(id), rowIds }));
  }
  // A filled area is named on the map even where no row of the chart names it.
  for (const a of spec.areas ?? []) {
    if (!marks.some((k) => k.place.id === a.place)) marks.push({ place: byId(a.place), rowIds: [] });
  }
  const areas = (spec.areas ?? []).map((a) => {
    const p = byId(a.place);
    if (p.geonameId === null) throw new Error(`place "${p.id}" has no GeoNames id for its polygon`);
    return { gnId: p.geonameId, role: a.role };
  });
  const routes = spec.routes
    ? ROUTES.map((route) => {
        // A schematic line through the places the report names along the route, in its order.
        const ends = route.through.map(byId);
        return { route, places: ends, label: `${route.name.split(' ')[0]} (schematic)` };
      })
    : [];
  return { frame, width, marks, areas, routes };
}

/** A route's figure as printed, quoted with its section (never measured on the drawing). */
export function figureOf(key: string): string {
  const [dsId, rowId] = key.split('/');
  const ds = getDataset(dsId ?? '');
  const row = (ds?.rows as readonly Row[] | undefined)?.find((r) => r.id === rowId);
  if (!row || !('printed' in row)) throw new Error(`route figure "${key}" is not a figure row`);
  return `“${row.printed}” (report, section ${row.section})`;
}

export function chartMap(c: ResolvedChart, width: number): MapLayout {
  return mapLayout(mapInput(c, width));
}

/**
 * The narrowest numbered layout of a map whose labels all find a place, from 160 px up to the page's narrow map.
 * Scaled to a slide of fixed height, a narrower layout prints its numbers larger: the events map's at about 20 pt
 * rather than 13. Markers are numbered in the same order at every width, so the numbers match the page's.
 */
export function tightestMap(c: ResolvedChart): MapLayout {
  for (let w = 160; w < MAP_WIDTHS.narrow; w += 20) {
    try {
      return chartMap(c, w);
    } catch (e) {
      if (!(e instanceof LabelsDoNotFit)) throw e;
    }
  }
  return chartMap(c, MAP_WIDTHS.narrow);
}

/** One step of an events map's stepper: the event, its place and how the stepper words it. */
export interface StepEvent {
  id: string;
  place: string;
  date: string;
  text: string;
  footnote: string;
}

/**
 * The steps of a map of dated events, in date order: each event whose place the map draws. A map of places (no
 * events) has none, and gets no stepper.
 */
export function eventSteps(c: ResolvedChart): StepEvent[] {
  const places = placeRows();
  return (c.rows as readonly Row[])
    .flatMap((r) => {
      if (!('event' in r)) return [];
      const p = places.find((x) => (x.namedIn ?? []).includes(`${c.datasetId}/${r.id}`) && x.drawn === 'regional');
      return p
        ? [
            {
              id: r.id,
              place: p.id,
              date: formatPartialDate(r.date),
              sort: r.date,
              text: r.event,
              footnote: footnoteLabel(r.footnote),
            },
          ]
        : [];
    })
    .sort((a, b) => a.sort.localeCompare(b.sort))
    .map(({ sort: _s, ...rest }) => rest);
}

/** The standing caveat every map carries, from the places dataset. */
export function mapCaveat(): string {
  const ds = getDataset('places');
  const c = ds?.caveats.find((x) => x.key === 'no-position');
  if (!c) throw new Error('the places dataset has no "no-position" caveat');
  return c.text;
}

/** The map's source line: the chart's (sections, footnotes) and the boundaries' and gazetteer's. */
export function mapSource(c: ResolvedChart): string {
  return `${c.source} ${BOUNDARY_SOURCE}.`;
}

/** Accessible name of a marker: the place, its kind, other names in brackets, and the rows that name it. */
export function markerName(place: PlaceRow, rowTexts: string[]): string {
  const other = [...(place.reportNames ?? []), ...(place.otherNames ?? [])];
  const names = other.length ? ` [${other.join(', ')}]` : '';
  const rows = rowTexts.length ? `: ${rowTexts.join('; ')}` : '';
  return `${place.name}${names} (${place.placeKind})${rows}`;
}

/** A row named "dataset/row", in words, with its date where it has one. */
export function rowWords(key: string): string {
  const [dsId, rowId] = key.split('/');
  const row = (getDataset(dsId ?? '')?.rows as readonly Row[] | undefined)?.find((r) => r.id === rowId);
  if (!row) throw new Error(`no row "${key}"`);
  const date = rowDate(row);
  const text = 'printed' in row ? `${row.label}: ${row.printed}` : 'event' in row ? row.event : row.name;
  return date ? `${text} (${formatPartialDate(date)})` : text;
}

/** The ids of the k-th place's cells in its map's table: its name, and the rows that name it. */
export const placeCellId = (tableUid: string, k: number, cell: 'name' | 'rows') =>
  `${tableUid}-${k + 1}${cell === 'rows' ? 'r' : ''}`;
export function placeCellIds(tableUid: string, k: number, hasRows: boolean): string {
  const name = placeCellId(tableUid, k, 'name');
  return hasRows ? `${name} ${placeCellId(tableUid, k, 'rows')}` : name;
}
