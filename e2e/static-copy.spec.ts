/**
 * The static copy in a real browser, served by nginx with the generated configuration: the main journeys work with no
 * Node server, and nginx sends the same headers as the Node server, the app's 404 page, download types and cache rules.
 */
import { readFile } from 'node:fs/promises';
import { EMBED_HEADERS, SECURITY_HEADERS } from '../lib/server/security-headers.mjs';
import { expect, test } from './fixtures';

test('a dataset page: charts, SVG export and sorting, with no server but nginx', async ({ page }) => {
  await page.goto('/datasets/casualties/');
  await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true');
  const fig = page.locator('figure[data-chart="ranges"]');
  await expect(fig.locator('svg.chart-svg:visible')).toBeVisible();
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    fig.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(await readFile((await svg.path())!, 'utf8')).toContain('Deaths in the 44-Day War');
  await page.locator('button[data-column="value"]').click();
  await expect(page.locator('table.data caption')).toContainText('Sorted by Value, ascending');
  const arms = page.locator('figure[data-chart-kind="recharts"]');
  expect(await arms.count()).toBe(0);
  await page.goto('/datasets/arms-imports/');
  await page.locator('figure[data-chart="imports-bars"]').scrollIntoViewIfNeeded();
  await expect(page.locator('figure[data-chart="imports-bars"] svg.recharts-surface').first()).toBeVisible();
});

test('downloads come with their types; the deck answers its keys', async ({ page, request }) => {
  const types: Record<string, string> = {
    '/data/casualties.csv': 'text/csv',
    '/data/casualties.json': 'application/json',
    '/data/casualties.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    '/data/brief.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    '/data/karabakh-report-figures.zip': 'application/zip',
    '/data/casualties.bib': 'application/x-bibtex',
    '/data/CHANGELOG.md': 'text/markdown',
    '/share/casualties.png': 'image/png',
    '/embed.js': 'text/javascript',
  };
  for (const [path, type] of Object.entries(types)) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type'], path).toContain(type);
  }
  expect([...(await (await request.get('/data/casualties.csv')).body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  await page.goto('/brief/');
  await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('progress')).toHaveText(/^2 \/ \d+$/);
});

test('nginx sends the Node server’s headers (embeds may be framed), the app’s 404 page, and caches hashed assets only', async ({
  request,
  page,
}) => {
  for (const [path, list] of [
    ['/', SECURITY_HEADERS],
    ['/datasets/mine-maps/', SECURITY_HEADERS],
    ['/data/casualties.csv', SECURITY_HEADERS],
    ['/embed/casualties/ranges/', EMBED_HEADERS],
  ] as const) {
    const h = (await request.get(path)).headers();
    for (const { key, value } of list) expect(h[key.toLowerCase()], `${path} ${key}`).toBe(value);
    if (list === EMBED_HEADERS) expect(h['x-frame-options']).toBeUndefined();
  }
  const missing = await request.get('/no-such-page');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await page.goto('/');
  const asset = await page.evaluate(
    () =>
      [...document.querySelectorAll('script')]
        .map((s) => s.textContent ?? '')
        .join(' ')
        .match(/\/_next\/static\/[^"']+\.js/)?.[0],
  );
  expect(asset).toBeTruthy();
  expect((await request.get(asset!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/')).headers()['cache-control'] ?? '').not.toContain('immutable');
});
