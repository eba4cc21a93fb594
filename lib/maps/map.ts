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
  /** Places are numbered and routes lettered (narrow maps) instead of named. */
  numbered: boolean;
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

type Seg = [number, number, number, number];
const cross = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
/** Whether two segments cross (touching at an end counts). */
export function segmentsCross([a, b, c, d]: Seg, [e, f, g, h]: Seg): boolean {
  const d1 = cross(e, f, g, h, a, b);
  const d2 = cross(e, f, g, h, c, d);
  const d3 = cross(a, b, c, d, e, f);
  const d4 = cross(a, b, c, d, g, h);
  return d1 * d2 <= 0 && d3 * d4 <= 0 && !(d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0);
}
/** Whether a segment passes through a box (an end inside it, or crossing one of its edges). */
export function segmentHitsBox(s: Seg, b: Box): boolean {
  const inside = (x: number, y: number) => x > b.x && x < b.x + b.w && y > b.y && y < b.y + b.h;
  if (inside(s[0], s[1]) || inside(s[2], s[3])) return true;
  const [x0, y0, x1, y1] = [b.x, b.y, b.x + b.w, b.y + b.h];
  const edges: Seg[] = [
    [x0, y0, x1, y0],
    [x1, y0, x1, y1],
    [x1, y1, x0, y1],
    [x0, y1, x0, y0],
  ];
  return edges.some((e) => segmentsCross(s, e));
}

/** Width of a label in px: a generous estimate for sans-serif text (0.62 em per character, digits included). */
/** A layout whose labels cannot all be placed without overlap at the width asked for. */
export class LabelsDoNotFit extends Error {}

export const textWidth = (text: string, fontSize: number) => Math.ceil(text.length * fontSize * 0.62);

/**
 * Labels placed greedily, in the markers' order: beside the marker first (right, left, above, below), then further out
 * in eight directions with a leader line, never further than `maxLeader`. A position is taken only if its box stays
 * inside the map, clear of every placed label, every marker, every leader line and the reserved boxes (inset, scale
 * bar), and its own leader crosses no other leader, label or marker. Throws if a label finds no place.
 */
export function placeLabels(
  items: { id: string; text: string; x: number; y: number }[],
  opts: {
    width: number;
    height: number;
    fontSize: number;
    reserved: Box[];
    markerR: number;
    maxLeader?: number;
    /** Leaders and markers already on the map (a second call places route labels clear of the place labels). */
    leaders?: Seg[];
    avoid?: Box[];
  },
): MapLabel[] {
  const { fontSize: fs, markerR: r } = opts;
  const h = Math.ceil(fs * 1.25);
  const markers = [...items.map((m) => ({ x: m.x - r, y: m.y - r, w: 2 * r, h: 2 * r })), ...(opts.avoid ?? [])];
  const cores = markers.map((m) => ({ x: m.x + m.w / 2 - 2.5, y: m.y + m.h / 2 - 2.5, w: 5, h: 5 }));
  const leaders: Seg[] = [...(opts.leaders ?? [])];
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
    [0.5, -1],
    [-0.5, -1],
    [0.5, 1],
    [-0.5, 1],
  ];
  const dists = [r + 3, 12, 18, 24, 30, 37, 44, 52, 60, 80, 100].filter((d) => d <= (opts.maxLeader ?? 100));
  // The most crowded markers choose first: a marker alone has room anywhere.
  const crowd = items.map((a) => items.filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 40).length);
  const order = items.map((_, k) => k).sort((a, b) => crowd[b]! - crowd[a]! || a - b);
  for (const k of order) {
    const it = items[k]!;
    const w = textWidth(it.text, fs);
    const own = markers[k]!;
    let done: MapLabel | null = null;
    for (const dist of dists) {
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
        if (leaders.some((s) => segmentHitsBox(s, box))) continue;
        const near = dist <= r + 3;
        const ex = Math.min(Math.max(it.x, x), x + w);
        const ey = Math.min(Math.max(it.y, y), y + h);
        const leader: Seg | null = near ? null : [it.x, it.y, ex, ey];
        if (
          leader &&
          (leaders.some((s) => segmentsCross(s, leader)) ||
            placed.some((l) => segmentHitsBox(leader, l.box)) ||
            opts.reserved.some((b) => segmentHitsBox(leader, b)) ||
            // A leader may graze another marker's edge but not pass its centre; a marker that overlaps this one (two
            // places a few pixels apart) does not block it.
            cores.some((m, j) => j !== k && !overlaps(markers[j]!, own, 0) && segmentHitsBox(leader, m)))
        )
          continue;
        done = { id: it.id, text: it.text, x, y: y + h - Math.ceil(fs * 0.3), box, leader };
        break;
      }
      if (done) break;
    }
    if (!done) throw new LabelsDoNotFit(`map label "${it.text}" finds no free place at width ${opts.width}`);
    if (done.leader) leaders.push(done.leader);
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
/** Below this width a map numbers its places and letters its routes; the page's key and table say what they are. */
export const NARROW = 500;
/** The widths the page and the embed draw every map at: the wide one from 541 px of container up, the narrow below. */
export const MAP_WIDTHS = { wide: 960, narrow: 360 } as const;
/** A route's key on a narrow map: "A (schematic)", as the legend names it. */
/** The letter of the i-th route on a numbered map and in its keys: A, B, … */
export const routeLetter = (i: number) => String.fromCharCode(65 + i);
export const routeKey = (i: number) => `${routeLetter(i)} (schematic)`;

export function mapLayout(input: MapInput): MapLayout {
  const { frame, width } = input;
  const height = heightFor(frame, width);
  const p = frameProjection(frame, { x: 0, y: 0, w: width, h: height });
  p.clipExtent([
    [0, 0],
    [width, height],
  ]);
  // A narrow map numbers its places (the numbers are the table's) and letters its routes (the legend's): names would
  // need leader lines across half the map there.
  const numbered = width < NARROW;
  // Boundaries keep a point every 4 px (Manhattan distance) on a wide map and every 3 px on a narrow one.
  const path = compactPath(p, numbered ? 3 : 4);
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
  const fontSize = numbered ? 12 : 13;
  const markerR = numbered ? 4 : 5;
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
  // The locator inset in the top right corner (the Caspian and the Caucasus ridge), clear of the places in the south.
  const inset = { x: width - Math.round(width * 0.26) - 6, y: 6 };
  const insetBox = { ...inset, w: Math.round(width * 0.26), h: Math.round(width * 0.2) };
  const sb = scaleBar(p, frame, width * 0.22);
  const scale = { x: 10, y: height - 14, ...sb };
  const scaleBox = { x: 4, y: height - 34, w: sb.px + 50, h: 32 };
  const maxLeader = numbered ? 60 : 100;
  const labels = placeLabels(
    markers.map((m, i) => ({ id: m.place.id, text: numbered ? String(i + 1) : m.place.name, x: m.x, y: m.y })),
    { width, height, fontSize, reserved: [insetBox, scaleBox], markerR: markerR + 1, maxLeader },
  );
  const routes: MapRoute[] = input.routes.map(({ route, places }) => {
    const line: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: places.map((pl) => [pl.lon ?? 0, pl.lat ?? 0]),
    };
    return { id: route.id, d: path(line) ?? '', label: null };
  });
  // Route labels go after the place labels, clear of them, their leaders and the markers: each at the first point
  // along its line (segment midpoints first) where one fits.
  const r1 = markerR + 1;
  const routeLabels: MapLabel[] = [];
  input.routes.forEach(({ route, places, label }, i) => {
    const pts = places.map((pl) => p([pl.lon!, pl.lat!])!);
    const anchors = [0.5, 0.3, 0.7].flatMap((t) =>
      pts.slice(1).map((b, j) => [pts[j]![0] + t * (b[0] - pts[j]![0]), pts[j]![1] + t * (b[1] - pts[j]![1])]),
    );
    const text = numbered ? routeKey(i) : label;
    for (const [x, y] of anchors) {
      try {
        const [l] = placeLabels([{ id: route.id, text, x: x!, y: y! }], {
          width,
          height,
          fontSize: fontSize - 1,
          reserved: [insetBox, scaleBox, ...labels.map((l) => l.box), ...routeLabels.map((l) => l.box)],
          markerR: 2,
          maxLeader,
          leaders: [...labels, ...routeLabels].flatMap((l) => (l.leader ? [l.leader] : [])),
          avoid: markers.map((m) => ({ x: m.x - r1, y: m.y - r1, w: 2 * r1, h: 2 * r1 })),
        });
        routeLabels.push(l!);
        return;
      } catch {
        // the next point along the line
      }
    }
    throw new LabelsDoNotFit(`route label "${text}" finds no free place at width ${width}`);
  });
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
  const lpath = compactPath(lp, 4);
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
    numbered,
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
 * A path generator for small SVG: projected points are rounded to whole pixels, a point less than `minStep` px
 * (Manhattan distance) from the last kept one is dropped (a ring keeps at least its first and last), and coordinates after the first are relative.
 */
function compactPath(p: GeoProjection, minStep: number): (g: GeoJSON.Geometry) => string | null {
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
        if (Math.abs(q[0] - last[0]) + Math.abs(q[1] - last[1]) >= minStep) kept.push(q);
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
