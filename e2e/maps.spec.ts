/**
 * A reader looks for where things happened: /map reads without scripts (markers, legend, source line, caveat); every
 * map's SVG stays within its budget in the HTML; labels never overlap at 320, 390, 1280 and 1920 px; the keyboard
 * steps through a map's places and the stepper through the events in date order; a map embedded on another origin
 * draws; the PowerPoint map slide opens in LibreOffice with its source line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, test } from './fixtures';

const SOURCE = 'Boundaries: Natural Earth; places: GeoNames (CC BY 4.0)';
/** Pages with maps, and the map charts each draws. */
const MAP_PAGES: [string, string[]][] = [
  ['/map', ['events-map', 'places-map']],
  ['/datasets/timeline', ['events-map']],
  ['/datasets/mine-maps', ['minefield-districts']],
  ['/datasets/distances-and-ranges', ['places-and-routes']],
  ['/datasets/places', ['places-map']],
];

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('/map reads: markers, legend, source line and caveat on both maps', async ({ page }) => {
    await page.goto('/map');
    for (const id of ['events-map', 'places-map']) {
      const fig = page.locator(`figure[data-chart="${id}"]`);
      await expect(fig.locator('svg.map-svg:visible')).toHaveCount(1);
      expect(await fig.locator('svg.map-svg:visible .map-place').count(), id).toBeGreaterThan(4);
      await expect(fig.locator('.map-legend')).toContainText('city, town or other point');
      await expect(fig.getByTestId('chart-source')).toContainText(SOURCE);
      await expect(fig.locator('.chart-caveats')).toContainText('takes no position on any border or name');
      // The table alternative lists every marker.
      const rows = await fig.locator('table.map-table tbody tr').count();
      expect(rows).toBe(await fig.locator('svg.map-svg:visible .map-place').count());
    }
    // Headings descend one level at a time (h1, h2 per map, the map's own h3), for screen readers' outlines.
    const levels = await page
      .locator('main :is(h1, h2, h3, h4)')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach((l, i) => {
      if (i > 0) expect(l, `heading ${i + 1} of ${levels.join(',')}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
  });
});

test('each map’s SVG in the server HTML is at most 40 KB (its wide and narrow drawings together)', async ({
  request,
}) => {
  test.setTimeout(60_000);
  for (const [path, charts] of MAP_PAGES) {
    const html = await (await request.get(path)).text();
    for (const id of charts) {
      const fig = new RegExp(`<figure[^>]*data-chart="${id}"[\\s\\S]*?</figure>`).exec(html)?.[0] ?? '';
      const svgs = [...fig.matchAll(/<svg[^>]*map-svg[\s\S]*?<\/svg>/g)].map((m) => Buffer.byteLength(m[0]));
      expect(svgs.length, `${path} ${id}: a wide and a narrow drawing`).toBe(2);
      const bytes = svgs.reduce((a, b) => a + b, 0);
      console.log(`${path} ${id}: ${svgs.join(' + ')} = ${bytes} bytes`);
      expect(bytes, `${path} ${id}`).toBeLessThanOrEqual(40_000);
    }
  }
});

for (const width of [320, 390, 1280, 1920]) {
  test(`at ${width} px every drawn map labels every place and route, no two labels overlap, none smaller than 9 px`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    for (const [path, charts] of MAP_PAGES) {
      await page.goto(path);
      for (const id of charts) {
        const svg = page.locator(`figure[data-chart="${id}"] svg.map-svg:visible`);
        await expect(svg, `${path} ${id}`).toHaveCount(1);
        await svg.scrollIntoViewIfNeeded();
        const r = await svg.evaluate((el) => {
          const box = (t: Element) => {
            const b = t.getBoundingClientRect();
            return { x: b.x, y: b.y, w: b.width, h: b.height, text: t.textContent ?? '' };
          };
          return {
            markers: el.querySelectorAll('.map-place').length,
            routes: el.querySelectorAll('.map-route').length,
            labels: [...el.querySelectorAll('.map-label')].map(box),
            routeLabels: [...el.querySelectorAll('.map-route-label')].map(box),
          };
        });
        expect(r.labels.length, `${path} ${id}: a label per marker`).toBe(r.markers);
        expect(r.routeLabels.length, `${path} ${id}: a label per route`).toBe(r.routes);
        const all = [...r.labels, ...r.routeLabels];
        for (const [i, a] of all.entries()) {
          expect(a.h, `${path} ${id} "${a.text}" height at ${width}`).toBeGreaterThanOrEqual(9);
          for (const b of all.slice(i + 1)) {
            const hit = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
            expect(hit, `${path} ${id} at ${width}: "${a.text}" overlaps "${b.text}"`).toBe(false);
          }
        }
      }
    }
  });
}

test('keyboard: one tab stop per map, arrows step with the tooltip, Esc leaves; the stepper goes through the events in date order and writes ?event=', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/map');
  await expect(page.locator('.event-stepper')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  for (const id of ['events-map', 'places-map']) {
    await expect(page.locator(`figure[data-chart="${id}"] svg.map-svg:visible [tabindex="0"]`)).toHaveCount(1);
  }
  const fig = page.locator('figure[data-chart="places-map"]');
  const marks = fig.locator('svg.map-svg:visible .map-place');
  const first = marks.nth(0);
  await first.focus();
  await expect(first).toBeFocused();
  const tip = fig.locator('.chart-tooltip');
  // The tooltip names the place as the table's row does.
  const rowName = (k: number) => fig.locator('table.map-table tbody tr').nth(k).locator('th');
  await expect(tip).toContainText((await rowName(0).textContent()) ?? 'none');
  await page.keyboard.press('ArrowRight');
  await expect(marks.nth(1)).toBeFocused();
  await expect(marks.nth(1)).toHaveAttribute('tabindex', '0');
  await expect(first).toHaveAttribute('tabindex', '-1');
  await expect(tip).toContainText((await rowName(1).textContent()) ?? 'none');
  // The marker's accessible name is its row in the table.
  await expect(marks.nth(1)).toHaveAccessibleName(
    new RegExp(`^${((await rowName(1).textContent()) ?? 'none').replace(/[()[\]]/g, '\\$&')} `),
  );
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
  await expect(marks.nth(1)).not.toBeFocused();

  // The stepper, by keyboard: the order of its events is the timeline's dates (read from the published JSON).
  const data = (await (await request.get('/data/timeline.json')).json()) as {
    rows: { id: string; date: string }[];
  };
  const next = page.getByRole('button', { name: 'Next event →' });
  await next.focus();
  const seen: string[] = [];
  const status = page.locator('.event-stepper-text');
  for (let k = 0; ; k++) {
    await page.keyboard.press('Enter');
    await expect(status).toContainText(`${k + 1} of `);
    await expect(page).toHaveURL(/[?&]event=/);
    const id = new URL(page.url()).searchParams.get('event') ?? '';
    seen.push(id);
    // The selected event's place is marked on the map.
    await expect(page.locator('figure[data-chart="events-map"] svg.map-svg:visible [data-selected]')).toHaveCount(1);
    if (await next.isDisabled()) break;
  }
  expect(seen.length).toBeGreaterThan(3);
  const dates = seen.map((id) => data.rows.find((r) => r.id === id)?.date ?? 'missing');
  expect(dates).not.toContain('missing');
  expect(dates).toEqual([...dates].sort());
  // The address restores the selection.
  await page.goto(`/map?event=${seen[2]}`);
  await expect(page.locator('.event-stepper')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(status).toContainText(`3 of ${seen.length}`);
});

test('the timeline page steps through its events map by pointer; the address restores it; maps of places and embeds have no stepper', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/datasets/timeline');
  const stepper = page.locator('.event-stepper');
  await expect(stepper).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  const status = page.locator('.event-stepper-text');
  await expect(page.getByRole('button', { name: '← Previous event' })).toBeDisabled();
  await page.getByRole('button', { name: 'Next event →' }).click();
  await page.getByRole('button', { name: 'Next event →' }).click();
  await expect(status).toContainText('2 of ');
  await expect(page).toHaveURL(/\/datasets\/timeline\/?\?event=/);
  const id = new URL(page.url()).searchParams.get('event')!;
  // The step names its row, and the row's link leads to it in the table on this page.
  await expect(status.getByRole('link', { name: 'The event’s row' })).toHaveAttribute(
    'href',
    `/datasets/timeline#${id}`,
  );
  await expect(page.locator(`tr#${id}`)).toHaveCount(1);
  const selected = page.locator('figure[data-chart="events-map"] svg.map-svg:visible [data-selected]');
  await expect(selected).toHaveCount(1);
  await page.getByRole('button', { name: '← Previous event' }).click();
  await expect(status).toContainText('1 of ');
  await page.goto(`/datasets/timeline?event=${id}`);
  await expect(stepper).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(status).toContainText('2 of ');
  await expect(selected).toHaveCount(1);
  for (const path of ['/datasets/places', '/embed/timeline/events-map']) {
    await page.goto(path);
    await expect(page.locator('figure svg.map-svg').first()).toBeAttached();
    await expect(page.locator('.event-stepper'), path).toHaveCount(0);
  }
});

async function host(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, server };
}

test('a map embedded on another origin draws with its source line', async ({ page, context, baseURL }) => {
  test.setTimeout(60_000);
  await page.goto('/datasets/places');
  await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  const fig = page.locator('figure[data-chart="places-map"]');
  await fig.getByRole('button', { name: 'Embed' }).click();
  const snippet = await fig.getByTestId('embed-snippet').inputValue();
  expect(snippet).toContain(`${baseURL}/embed/places/places-map`);
  const { url, server } = await host(
    `<!doctype html><html><head><title>A newspaper</title></head><body>${snippet}</body></html>`,
  );
  try {
    const other = await context.newPage();
    for (const width of [390, 1280]) {
      await other.setViewportSize({ width, height: 900 });
      await other.goto(url);
      const frame = other.frameLocator('iframe');
      await expect(frame.locator('figure[data-chart="places-map"] svg.map-svg:visible')).toBeVisible();
      expect(await frame.locator('svg.map-svg:visible .map-place').count()).toBeGreaterThan(4);
      await expect(frame.getByTestId('chart-source')).toContainText(SOURCE);
    }
  } finally {
    server.close();
  }
});

test('the PowerPoint map slide opens in LibreOffice with its source line', async ({ request }) => {
  test.setTimeout(180_000);
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  expect(soffice, 'LibreOffice is needed: apt-get install libreoffice-impress').toBeTruthy();
  const dir = mkdtempSync(join(tmpdir(), 'pptx-map-'));
  const bytes = await (await request.get('/data/mine-maps.pptx')).body();
  writeFileSync(join(dir, 'mine-maps.pptx'), bytes);
  // The map slide: the one whose text has the boundaries' credit.
  const zip = await JSZip.loadAsync(bytes);
  const n = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  let k = 0;
  for (let i = 1; i <= n; i++) {
    if ((await zip.file(`ppt/slides/slide${i}.xml`)!.async('string')).includes('Boundaries: Natural Earth')) k = i;
  }
  expect(k, 'a slide with the map').toBeGreaterThan(0);
  const r = spawnSync(
    soffice!,
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'mine-maps.pptx'),
    ],
    { encoding: 'utf8', timeout: 150_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  const text = spawnSync('pdftotext', ['-f', String(k), '-l', String(k), join(dir, 'mine-maps.pdf'), '-'], {
    encoding: 'utf8',
  }).stdout.replace(/\s+/g, ' ');
  expect(text).toContain('Boundaries: Natural Earth; places: GeoNames (CC BY 4.0)');
  expect(text).toContain('Agdam');
});
