/**
 * Map geometry, pure: a conic conformal projection (standard parallels 38.5° and 41.5°) fitted to the corners of the
 * map's frame, the committed Natural Earth boundaries as SVG paths, a marker per place, labels placed without
 * overlap (with leader lines where a label has to move away from its marker), a scale bar and a locator inset.
 * Every output (page, embed, deck, PowerPoint picture, share card) draws from this layout.
 */
import { geoConicConformal, geoDistance, geoPath, type GeoProjection } from 'd3';
import locatorTopo from '../../data/geo/world-locator.topo.json' with { type: 'json' };
import regionTopo from '../../data/geo/south-caucasus.topo.json' with { type: 'json' };
import type { PlaceRow, Route } from '../model/schema';
import { featuresOf, type GeoFeature, type Topology } from './topo';

const REGION = regionTopo as unknown as Topology;
const LOCATOR = locatorTopo as unknown as Topology & { regionFrame: [number, number, number, number] };

export type Frame = [west: number, south: number, east: number, north: number];
/** The whole region the boundary file covers. */
export const REGION_FRAME: Frame = REGION.frame;
/** Karabakh and the districts around it, for the minefield map. */
export const DISTRICT_FRAME: Frame = [45.4, 38.75, 47.9, 40.55];

export const BOUNDARY_SOURCE = 'Boundaries: Natural Earth; places: GeoNames (CC BY 4.0)';
export const PARALLELS: [number, number] = [38.5, 41.5];

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface MapMarker {
  place: PlaceRow;
  x: number;
  y: number;
  /** Markers of areas (districts, regions, exclaves) are squares; towns and other points are circles. */
  shape: 'circle' | 'square';
  rowIds: string[];
}
export interface MapLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  box: Box;
  /** Marker point → label edge, when the label sits away from its marker. */
  leader: [number, number, number, number] | null;
}
export interface MapArea {
  id: string;
  name: string;
  d: string;
  role: string;
}
export interface MapRoute {
  id: string;
  d: string;
  label: MapLabel | null;
}
export interface MapLayout {
  width: number;
  height: number;
  fontSize: number;
  countries: { id: string; name: string; d: string }[];
  areas: MapArea[];
  routes: MapRoute[];
  markers: MapMarker[];
  labels: MapLabel[];
  scale: { x: number; y: number; px: number; km: number };
  inset: { box: Box; countries: string[]; frame: string; dot: [number, number] | null };
}

const corners = (f: Frame): GeoJSON.MultiPoint => ({
  type: 'MultiPoint',
  coordinates: [
    [f[0], f[1]],
    [f[0], f[3]],
    [f[2], f[1]],
    [f[2], f[3]],
  ],
});

/** The projection of a frame into a box: conic conformal, parallels 38.5°/41.5°, centred on the frame's meridian. */
export function frameProjection(frame: Frame, box: Box): GeoProjection {
  return geoConicConformal()
    .parallels(PARALLELS)
    .rotate([-(frame[0] + frame[2]) / 2, 0])
    .fitExtent(
      [
        [box.x, box.y],
        [box.x + box.w, box.y + box.h],
      ],
      corners(frame),
    );
}

/** Height of a map `width` wide whose frame's corners fill it. */
function heightFor(frame: Frame, width: number): number {
  const p = frameProjection(frame, { x: 0, y: 0, w: width, h: width * 4 });
  const [[, y0], [, y1]] = geoPath(p).bounds(corners(frame));
  return Math.ceil(y1 - y0);
}

const NICE_KM = [10, 20, 25, 50, 100, 200, 250, 500];

/** A scale bar for the projection at the frame's centre: the km one pixel spans along the parallel there. */
export function scaleBar(p: GeoProjection, frame: Frame, maxPx: number): { px: number; km: number } {
  const mid: [number, number] = [(frame[0] + frame[2]) / 2, (frame[1] + frame[3]) / 2];
  const [x, y] = p(mid)!;
  const east = p.invert!([x + 100, y])!;
  const kmPer100 = geoDistance(mid, east) * 6371;
  const km = NICE_KM.filter((k) => (k / kmPer100) * 100 <= maxPx).at(-1) ?? NICE_KM[0]!;
  return { km, px: (km / kmPer100) * 100 };
}

const overlaps = (a: Box, b: Box, pad = 1) =>
  a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

/** Width of a label in px: a generous estimate for sans-serif text (0.6 em per character). */
export const textWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * 0.6);

/**
 * Labels placed greedily, in the markers' order: beside the marker first (right, left, above, below), then further out
 * in eight directions with a leader line. A position is taken only if its box stays inside the map, clear of every
 * placed label, every marker and the reserved boxes (inset, scale bar). Throws if a label finds no place.
 */
export function placeLabels(
  items: { id: string; text: string; x: number; y: number }[],
  opts: { width: number; height: number; fontSize: number; reserved: Box[]; markerR: number; optional?: boolean },
): MapLabel[] {
  const { fontSize: fs, markerR: r } = opts;
  const h = Math.ceil(fs * 1.25);
  const markers = items.map((m) => ({ x: m.x - r, y: m.y - r, w: 2 * r, h: 2 * r }));
  const placed: MapLabel[] = [];
  const dirs: [number, number][] = [
    [1, 0],
    [-1, 0],
    [0, -1],
    [0, 1],
    [1, -1],
    [-1, -1],
    [1, 1],
    [-1, 1],
  ];
  for (const it of items) {
    const w = textWidth(it.text, fs);
    let done: MapLabel | null = null;
    for (const dist of [r + 3, 18, 30, 44, 60, 80, 100]) {
      for (const [dx, dy] of dirs) {
        const cx = it.x + dx * dist;
        const cy = it.y + dy * dist;
        const x = dx > 0 ? cx : dx < 0 ? cx - w : cx - w / 2;
        const y = dy > 0 ? cy : dy < 0 ? cy - h : cy - h / 2;
        const box = { x, y, w, h };
        if (x < 2 || y < 2 || x + w > opts.width - 2 || y + h > opts.height - 2) continue;
        if (placed.some((l) => overlaps(l.box, box))) continue;
        if (markers.some((m) => overlaps(m, box, 0))) continue;
        if (opts.reserved.some((b) => overlaps(b, box))) continue;
        const near = dist <= r + 3;
        const ex = Math.min(Math.max(it.x, x), x + w);
        const ey = Math.min(Math.max(it.y, y), y + h);
        done = {
          id: it.id,
          text: it.text,
          x: x,
          y: y + h - Math.ceil(fs * 0.3),
          box,
          leader: near ? null : [it.x, it.y, ex, ey],
        };
        break;
      }
      if (done) break;
    }
    if (!done) {
      if (opts.optional) continue;
      throw new Error(`map label "${it.text}" finds no free place at width ${opts.width}`);
    }
    placed.push(done);
  }
  return placed;
}

export interface MapInput {
  frame: Frame;
  width: number;
  /** Places to mark, in the order the map steps through them, each with the chart rows that name it. */
  marks: { place: PlaceRow; rowIds: string[] }[];
  /** District or region polygons to fill, by GeoNames id, with their role ("mines on the maps", …). */
  areas: { gnId: number; role: string }[];
  routes: { route: Route; places: PlaceRow[]; label: string }[];
}

const AREA_KINDS = new Set(['district', 'region', 'exclave']);

export function mapLayout(input: MapInput): MapLayout {
  const { frame, width } = input;
  const height = heightFor(frame, width);
  const p = frameProjection(frame, { x: 0, y: 0, w: width, h: height });
  p.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = compactPath(p);
  const countries = featuresOf(REGION, 'countries').map((f) => ({
    id: f.id ?? f.name,
    name: f.name,
    d: path(f.geometry) ?? '',
  }));
  const polys: GeoFeature[] = [...featuresOf(REGION, 'districts'), ...featuresOf(REGION, 'regions')];
  const areas = input.areas.map((a) => {
    const f = polys.find((x) => x.gnId === a.gnId);
    if (!f) throw new Error(`no boundary with GeoNames id ${a.gnId}`);
    return { id: String(a.gnId), name: f.name, d: path(f.geometry) ?? '', role: a.role };
  });
  const fontSize = width < 500 ? 11 : 13;
  const markerR = width < 500 ? 4 : 5;
  const markers: MapMarker[] = input.marks.map(({ place, rowIds }) => {
    if (place.lat === null || place.lon === null) throw new Error(`place "${place.id}" has no coordinates`);
    const [x, y] = p([place.lon, place.lat])!;
    return {
      place,
      x: Math.round(x * 10) / 10,
      y: Math.round(y * 10) / 10,
      shape: AREA_KINDS.has(place.placeKind) ? 'square' : 'circle',
      rowIds,
    };
  });
  const inset = { x: width - Math.round(width * 0.26) - 6, y: height - Math.round(width * 0.2) - 6 };
  const insetBox = { ...inset, w: Math.round(width * 0.26), h: Math.round(width * 0.2) };
  const sb = scaleBar(p, frame, width * 0.22);
  const scale = { x: 10, y: height - 14, ...sb };
  const scaleBox = { x: 4, y: height - 34, w: sb.px + 50, h: 32 };
  const labels = placeLabels(
    markers.map((m) => ({ id: m.place.id, text: m.place.name, x: m.x, y: m.y })),
    { width, height, fontSize, reserved: [insetBox, scaleBox], markerR: markerR + 1 },
  );
  const routes: MapRoute[] = input.routes.map(({ route, places }) => {
    const line: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: places.map((pl) => [pl.lon ?? 0, pl.lat ?? 0]),
    };
    return { id: route.id, d: path(line) ?? '', label: null };
  });
  // Route labels go after the place labels, clear of them.
  const routeLabels = placeLabels(
    input.routes.map(({ route, places, label }) => {
      const a = p([places[0]!.lon!, places[0]!.lat!])!;
      const b = p([places[1]!.lon!, places[1]!.lat!])!;
      return { id: route.id, text: label, x: (a[0] + b[0]) / 2, y: (a[1] + b[1]) / 2 };
    }),
    {
      width,
      height,
      fontSize: fontSize - 1,
      reserved: [insetBox, scaleBox, ...labels.map((l) => l.box)],
      markerR: markerR + 1,
      // A route the legend names may go without a label where a narrow map has no room for one.
      optional: true,
    },
  );
  for (const r of routes) r.label = routeLabels.find((l) => l.id === r.id) ?? null;

  // Locator inset: the wider region at 1:110m with the map's frame outlined.
  const lp = frameProjection(LOCATOR.frame, {
    x: insetBox.x + 3,
    y: insetBox.y + 3,
    w: insetBox.w - 6,
    h: insetBox.h - 6,
  });
  lp.clipExtent([
    [insetBox.x, insetBox.y],
    [insetBox.x + insetBox.w, insetBox.y + insetBox.h],
  ]);
  const lpath = compactPath(lp);
  const [fw, fs, fe, fn] = frame;
  const outline: GeoJSON.Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [fw, fs],
        [fw, fn],
        [fe, fn],
        [fe, fs],
        [fw, fs],
      ],
    ],
  };
  return {
    width,
    height,
    fontSize,
    countries,
    areas,
    routes,
    markers,
    labels,
    scale,
    inset: {
      box: insetBox,
      countries: featuresOf(LOCATOR, 'countries').map((f) => lpath(f.geometry) ?? ''),
      frame: lpath(outline) ?? '',
      dot: null,
    },
  };
}

/**
 * A path generator for small SVG: projected points are rounded to whole pixels, a point within 1.5 px of the last
 * kept one is dropped (a ring keeps at least its first and last), and coordinates after the first are relative.
 */
const MIN_STEP = 3;

function compactPath(p: GeoProjection): (g: GeoJSON.Geometry) => string | null {
  return (g) => {
    const parts: string[] = [];
    let ring: [number, number][] = [];
    const flush = (close: boolean) => {
      if (ring.length < 2) {
        ring = [];
        return;
      }
      const kept: [number, number][] = [ring[0]!];
      for (const q of ring.slice(1, -1)) {
        const last = kept.at(-1)!;
        if (Math.abs(q[0] - last[0]) + Math.abs(q[1] - last[1]) >= MIN_STEP) kept.push(q);
      }
      kept.push(ring.at(-1)!);
      const [x0, y0] = kept[0]!;
      let d = `M${x0},${y0}`;
      let [px, py] = [x0, y0];
      let rel = '';
      for (const [x, y] of kept.slice(1)) {
        if (x === px && y === py) continue;
        rel += `${rel ? ' ' : ''}${x - px},${y - py}`;
        [px, py] = [x, y];
      }
      if (close && kept.length < 3) {
        ring = [];
        return;
      }
      d += rel ? `l${rel.replace(/ -/g, '-')}` : '';
      parts.push(close ? `${d}z` : d);
      ring = [];
    };
    let closing = false;
    const ctx = {
      moveTo(x: number, y: number) {
        flush(closing);
        ring.push([Math.round(x), Math.round(y)]);
      },
      lineTo(x: number, y: number) {
        ring.push([Math.round(x), Math.round(y)]);
      },
      closePath() {
        closing = true;
        flush(true);
        closing = false;
      },
      arc() {},
    };
    geoPath(p, ctx as unknown as CanvasRenderingContext2D)(g);
    flush(false);
    return parts.length ? parts.join('') : null;
  };
}
