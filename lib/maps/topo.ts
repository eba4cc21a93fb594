/**
 * A minimal TopoJSON reader for the committed boundary files (data/geo/*.topo.json): decodes quantized,
 * delta-encoded arcs into GeoJSON geometries. Rings are already wound for d3-geo by lib/build/extract-boundaries.mjs.
 */
type Position = GeoJSON.Position;

interface TopoGeometry {
  type: 'Polygon' | 'MultiPolygon';
  id?: string;
  arcs: number[][] | number[][][];
  properties: { name: string; gn_id?: number; iso_3166_2?: string };
}

export interface Topology {
  type: 'Topology';
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: TopoGeometry[] }>;
  /** [west, south, east, north] of the map's frame. */
  frame: [number, number, number, number];
  source: string;
}

export interface GeoFeature {
  id: string | null;
  name: string;
  gnId: number | null;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

function decodeArcs(topo: Topology): Position[][] {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function ring(arcs: Position[][], ids: number[]): Position[] {
  const out: Position[] = [];
  for (const i of ids) {
    const arc = i < 0 ? [...arcs[~i]!].reverse() : arcs[i]!;
    // Consecutive arcs share their joining point.
    out.push(...(out.length ? arc.slice(1) : arc));
  }
  return out;
}

/** Every feature of one object of the topology, as GeoJSON geometry. */
export function featuresOf(topo: Topology, object: string): GeoFeature[] {
  const arcs = decodeArcs(topo);
  const obj = topo.objects[object];
  if (!obj) throw new Error(`topology has no object "${object}"`);
  return obj.geometries.map((g) => {
    const geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: (g.arcs as number[][]).map((r) => ring(arcs, r)) }
        : { type: 'MultiPolygon', coordinates: (g.arcs as number[][][]).map((p) => p.map((r) => ring(arcs, r))) };
    return { id: g.id ?? null, name: g.properties.name, gnId: g.properties.gn_id ?? null, geometry };
  });
}
