/**
 * A journalist embeds a chart: the Embed button's snippet, pasted into a page on another origin, draws the chart and
 * sizes the iframe to it at every width; a dataset page refuses to be framed; the embed reads without scripts.
 */
import { createServer, type Server } from 'node:http';
import { expect, test } from './fixtures';

async function host(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, server };
}

test('the Embed snippet draws the chart on another origin and sizes the iframe, with no scrollbars from 280 px up', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto('/datasets/casualties');
  await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true');
  const fig = page.locator('figure[data-chart="ranges"]');
  await fig.getByRole('button', { name: 'Embed' }).click();
  const snippet = await fig.getByTestId('embed-snippet').inputValue();
  expect(snippet).toContain(`${baseURL}/embed/casualties/ranges`);
  expect(snippet).toMatch(/<iframe [^>]*title="Deaths in the 44-Day War/);
  const { url, server } = await host(
    `<!doctype html><html><head><title>A newspaper</title></head><body style="margin:0"><p>An article.</p>${snippet}<script>window.__msgs=[];addEventListener('message',function(e){window.__msgs.push(e.data)})</script></body></html>`,
  );
  try {
    const other = await context.newPage();
    for (const width of [280, 390, 1024]) {
      await other.setViewportSize({ width, height: 900 });
      await other.goto(url);
      const frame = other.frameLocator('iframe');
      await expect(frame.locator('figure[data-chart="ranges"] svg.chart-svg:visible')).toBeVisible();
      await expect(frame.locator('.source-line a[href="/datasets/casualties"]')).toBeVisible();
      // The iframe takes the height of its content: nothing to scroll inside it (read inside the cross-origin frame).
      const embedFrame = other.frames().find((f) => f.url().includes('/embed/casualties/ranges'))!;
      await expect
        .poll(
          async () => {
            const inner = await embedFrame.evaluate(() => ({
              scroll: document.documentElement.scrollHeight,
              client: document.documentElement.clientHeight,
              wide: document.documentElement.scrollWidth > document.documentElement.clientWidth,
            }));
            return inner.scroll <= inner.client + 1 && !inner.wide;
          },
          { message: `no scrollbars at ${width} px`, timeout: 15_000 },
        )
        .toBe(true);
      const h = await other.locator('iframe').evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
      expect(h).toBeGreaterThan(250);
    }
    // The embed told its parent its height, and nothing else.
    const msgs = await other.evaluate(() => (window as unknown as { __msgs: unknown[] }).__msgs);
    expect(msgs.length).toBeGreaterThan(0);
    for (const m of msgs) expect(Object.keys(m as object).sort()).toEqual(['height', 'type']);
    await other.close();
  } finally {
    server.close();
  }
});

test('an embed that spoke before /embed.js was listening still gets its height: the script asks again on start', async ({
  context,
  baseURL,
}) => {
  const iframe = `<iframe src="${baseURL}/embed/casualties/ranges" title="Deaths" style="width:100%;border:0;min-height:320px"></iframe>`;
  // The script is added only once the embed has sent its height, the order an async script meets on a slow page.
  const { url, server } = await host(
    `<!doctype html><html><body style="margin:0">${iframe}<script>window.__msgs=[];addEventListener('message',function(e){window.__msgs.push(e.data)})</script></body></html>`,
  );
  try {
    const other = await context.newPage();
    await other.setViewportSize({ width: 1024, height: 900 });
    await other.goto(url);
    await expect
      .poll(() => other.evaluate(() => (window as unknown as { __msgs: unknown[] }).__msgs.length))
      .toBeGreaterThan(0);
    const before = await other.locator('iframe').evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
    expect(before).toBe(320);
    await other.addScriptTag({ url: `${baseURL}/embed.js` });
    await expect
      .poll(() => other.locator('iframe').evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height))
      .toBeGreaterThan(400);
    const embedFrame = other.frames().find((f) => f.url().includes('/embed/casualties/ranges'))!;
    const inner = await embedFrame.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    expect(inner.scroll).toBeLessThanOrEqual(inner.client + 1);
    await other.close();
  } finally {
    server.close();
  }
});

test('a dataset page refuses to be framed by another origin; an embed may be framed by any', async ({
  context,
  request,
  baseURL,
}) => {
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (m) => refused.push(m.text()));
  const { url, server } = await host(
    `<!doctype html><html><body><iframe id="a" src="${baseURL}/datasets/casualties"></iframe><iframe id="b" src="${baseURL}/embed/casualties/ranges"></iframe></body></html>`,
  );
  try {
    await page.goto(url);
    await expect(page.frameLocator('#b').locator('svg.chart-svg').first()).toBeAttached();
    // Chromium blocks the dataset page and says why; the frame shows its error page, not the dataset.
    await expect.poll(() => refused.some((t) => /frame-ancestors 'none'/.test(t))).toBe(true);
    expect(page.frames().some((f) => f.url().includes('/datasets/casualties'))).toBe(false);
    expect(page.frames().filter((f) => f.url().startsWith('chrome-error:'))).toHaveLength(1);
  } finally {
    server.close();
  }
  const dsHeaders = (await request.get('/datasets/casualties')).headers();
  expect(dsHeaders['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(dsHeaders['x-frame-options']).toBe('DENY');
  const emHeaders = (await request.get('/embed/casualties/ranges')).headers();
  expect(emHeaders['content-security-policy']).toContain('frame-ancestors *');
  expect(emHeaders['content-security-policy']).not.toContain("frame-ancestors 'none'");
  expect(emHeaders['x-frame-options']).toBeUndefined();
  expect(emHeaders['set-cookie']).toBeUndefined();
});

test('an embed is in the server HTML (readable without scripts), with its legend, source, claim types and caveats; ?theme chooses the theme', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/embed/mine-maps/mines-on-maps')).text();
  expect(html).toMatch(/<svg[^>]*class="chart-svg"/);
  expect(html).toContain('Mines on the maps handed over, per handover');
  expect(html).toContain('class="legend"');
  expect(html).toContain('Claim type:');
  expect(html).toContain('class="chart-caveats"');
  expect(html).not.toContain('<header class="site-header"');
  // The dataset's first chart at /embed/<dataset>.
  expect(await (await request.get('/embed/mine-maps')).text()).toContain('Stated accuracy of the minefield maps');
  await page.goto('/embed/casualties/ranges?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 23)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/embed/casualties/ranges?theme=light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  // Without ?theme the reader's setting rules, on an embed and on every page.
  for (const path of ['/embed/casualties/ranges', '/datasets/casualties']) {
    await page.goto(path);
    expect(
      await page.evaluate(() => [
        getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.body).color,
      ]),
    ).toEqual(['rgb(18, 20, 23)', 'rgb(236, 239, 243)']);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/datasets/casualties');
  expect(
    await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]),
  ).toEqual(['rgb(255, 255, 255)', 'rgb(26, 26, 26)']);
  await page.goto('/embed/casualties/ranges?theme=<script>');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('every dataset page and every embedded chart has a 1200 × 630 share image at an absolute address, with its figure as printed', async ({
  page,
  request,
}) => {
  for (const path of [
    '/datasets/casualties',
    '/datasets/timeline',
    '/embed/mine-maps/mines-on-maps',
    '/embed/arms-imports',
  ]) {
    await page.goto(path);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og, path).toMatch(/^https?:\/\/[^/]+\/share\/.+\.png$/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    const png = await (await request.get(new URL(og!).pathname)).body();
    expect([...png.subarray(0, 8)], path).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  }
  // The card's text keeps the bound: its alt text carries the qualifier.
  await page.goto('/datasets/casualties');
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /up to 7,000 people/);
});
