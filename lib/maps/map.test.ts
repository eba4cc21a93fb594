/**
 * Markers where an independent projection puts them, and labels that never overlap.
 * The independent computation is the Lambert conformal conic written out from Snyder, "Map Projections — A Working
 * Manual" (1987), eqs. 15-1 to 15-4 on the sphere, with the fit worked here from the frame's corners: it shares no
 * code with d3. Two places are checked to the pixel; the relative order of the others by their coordinates.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { places } from '../../data/places';
import { chartOf } from '../charts/registry';
import { chartMap, placeCellIds } from './chart-map';
import { mapSvg } from './svg';
import { MAP_WIDTHS, mapLayout, REGION_FRAME, type Box } from './map';

const rad = Math.PI / 180;
/** Snyder's spherical LCC: n, F, rho(phi); x = rho sin(n(lam-lam0)), y = rho0 - rho cos(n(lam-lam0)), y up. */
function lcc(phi1: number, phi2: number, lam0: number) {
  const t = (phi: number) => Math.tan(Math.PI / 4 + (phi * rad) / 2);
  const n = Math.log(Math.cos(phi1 * rad) / Math.cos(phi2 * rad)) / Math.log(t(phi2) / t(phi1));
  const F = (Math.cos(phi1 * rad) * t(phi1) ** n) / n;
  const rho = (phi: number) => F / t(phi) ** n;
  return (lon: number, lat: number): [number, number] => {
    const th = n * (lon - lam0) * rad;
    return [rho(lat) * Math.sin(th), -rho(lat) * Math.cos(th)];
  };
}

const place = (id: string) => {
  const p = places.rows.find((r) => r.id === id);
  assert.ok(p && p.lat !== null && p.lon !== null, id);
  return p;
};

describe('map geometry', () => {
  const width = 960;
  const [w, s, e, n] = REGION_FRAME;
  const m = mapLayout({
    frame: REGION_FRAME,
    width,
    marks: ['baku', 'ganja', 'nakhchivan', 'shusha', 'kars', 'tbilisi', 'yerevan'].map((id) => ({
      place: place(id),
      rowIds: [],
    })),
    areas: [],
    routes: [],
  });
  const at = (id: string) => m.markers.find((k) => k.place.id === id)!;

  it('Baku and Kars lie where an independent Lambert conformal conic fitted to the frame puts them (within a pixel)', () => {
    const proj = lcc(38.5, 41.5, (w + e) / 2);
    const corners = [
      [w, s],
      [w, n],
      [e, s],
      [e, n],
    ].map(([lon, lat]) => proj(lon!, lat!));
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const k = Math.min(width / (x1 - x0), m.height / (y1 - y0));
    // fitExtent centres the fitted box in the extent.
    const ox = (width - k * (x1 - x0)) / 2;
    const oy = (m.height - k * (y1 - y0)) / 2;
    const screen = (lon: number, lat: number) => {
      const [x, y] = proj(lon, lat);
      return [ox + k * (x - x0), oy + k * (y1 - y)];
    };
    for (const id of ['baku', 'kars']) {
      const p = place(id);
      const [x, y] = screen(p.lon!, p.lat!);
      assert.ok(
        Math.abs(at(id).x - x!) < 1 && Math.abs(at(id).y - y!) < 1,
        `${id}: ${at(id).x},${at(id).y} vs ${x},${y}`,
      );
    }
  });

  it('keeps the places in their relative order', () => {
    assert.ok(at('baku').x > at('ganja').x, 'Baku east of Ganja');
    assert.ok(
      at('nakhchivan').x < at('shusha').x && at('nakhchivan').y > at('shusha').y,
      'Nakhchivan south-west of Shusha',
    );
    assert.ok(at('kars').x < at('yerevan').x, 'Kars west of Yerevan');
    assert.ok(at('tbilisi').y < at('yerevan').y, 'Tbilisi north of Yerevan');
    assert.ok(at('tbilisi').y < at('ganja').y, 'Tbilisi north of Ganja');
  });

  const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  const crosses = (s: number[], t: number[]) => {
    // Proper crossing of two segments, worked here (not the placement's own helper).
    const o = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
      Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
    const [a, b, c, d] = s as [number, number, number, number];
    const [e, f, g, h] = t as [number, number, number, number];
    return o(a, b, c, d, e, f) * o(a, b, c, d, g, h) < 0 && o(e, f, g, h, a, b) * o(e, f, g, h, c, d) < 0;
  };
  const MAPS = [
    ['timeline', 'events-map'],
    ['mine-maps', 'minefield-districts'],
    ['places', 'places-map'],
    ['distances-and-ranges', 'places-and-routes'],
  ] as const;
  // The page draws a 360-wide map in a container of 540 px or less (phones at 320 and 390 px) and a 960-wide one
  // above (1280 and 1920 px screens); app/globals.css switches them. The browser check is e2e/maps.spec.ts.
  for (const [ds, id] of MAPS) {
    for (const [viewport, wd] of [
      [320, 360],
      [390, 360],
      [1280, 960],
      [1920, 960],
    ] as const) {
      it(`${ds}/${id} at ${viewport} px (drawn ${wd} wide): every marker and route labelled, no overlaps, leaders short and uncrossed`, () => {
        const c = chartOf(ds, id);
        assert.ok(c);
        const lm = chartMap(c, wd);
        assert.equal(lm.labels.length, lm.markers.length);
        // Route labels are never dropped: a narrow map letters them.
        for (const r of lm.routes) assert.ok(r.label, `route ${r.id} unlabelled at ${wd}`);
        const labels = [...lm.labels, ...lm.routes.flatMap((r) => (r.label ? [r.label] : []))];
        const boxes = labels.map((l) => l.box);
        for (const [i, a] of boxes.entries()) {
          assert.ok(a.x >= 0 && a.y >= 0 && a.x + a.w <= lm.width && a.y + a.h <= lm.height);
          for (const b of boxes.slice(i + 1)) assert.ok(!overlap(a, b), `${JSON.stringify(a)} / ${JSON.stringify(b)}`);
        }
        const leaders = labels.flatMap((l) => (l.leader ? [{ id: l.id, s: l.leader }] : []));
        for (const [i, a] of leaders.entries()) {
          // A narrow map keeps a label within 60 px of its marker (Fuzuli's label went to Abkhazia at 360 px).
          const len = Math.hypot(a.s[2] - a.s[0], a.s[3] - a.s[1]);
          assert.ok(len <= (wd === 360 ? 61 : 150), `${a.id}: leader ${len.toFixed(0)} px at ${wd}`);
          for (const b of leaders.slice(i + 1)) assert.ok(!crosses(a.s, b.s), `leaders of ${a.id} and ${b.id} cross`);
          for (const l of labels) {
            if (l.id === a.id) continue;
            const [x1, y1, x2, y2] = a.s;
            // The leader's midpoint and its label end stay out of other labels' boxes.
            for (const [x, y] of [
              [(x1 + x2) / 2, (y1 + y2) / 2],
              [x2, y2],
            ] as const) {
              const b = l.box;
              assert.ok(
                !(x > b.x && x < b.x + b.w && y > b.y && y < b.y + b.h),
                `leader of ${a.id} runs through ${l.id}`,
              );
            }
          }
        }
        // A narrow map numbers its places in the table's order; a wide one names them.
        lm.markers.forEach((k, i) => {
          const l = lm.labels.find((x) => x.id === k.place.id);
          assert.equal(l?.text, wd === 360 ? String(i + 1) : k.place.name);
        });
      });
    }
  }

  for (const [ds, id] of MAPS) {
    it(`${ds}/${id}: the page's two drawings together are at most 40 KB`, () => {
      const c = chartOf(ds, id);
      assert.ok(c);
      let bytes = 0;
      for (const wd of [MAP_WIDTHS.wide, MAP_WIDTHS.narrow]) {
        const lm = chartMap(c, wd);
        // As the page names markers: by their table cells (the longest ids the page uses).
        const names = Object.fromEntries(
          lm.markers.map((k, i) => [k.place.id, { ids: placeCellIds(id, i, k.rowIds.length > 0) }]),
        );
        const svg = mapSvg(lm, {
          uid: `${ds}-${id}-w`,
          title: c.title,
          description: c.description,
          names,
          interactive: true,
        });
        bytes += Buffer.byteLength(svg);
      }
      assert.ok(bytes <= 40_000, `${ds}/${id}: ${bytes} bytes`);
    });
  }
});
