import { readFile } from 'node:fs/promises';
import { DATASET_IDS, expect, test } from './fixtures';

const RECHARTS_PAGES = ['arms-imports', 'agricultural-losses', 'mine-maps'];

for (const id of DATASET_IDS) {
  test(`${id}: the D3 chart's SVG is in the server HTML, with title and source line`, async ({ request }) => {
    const res = await request.get(`/datasets/${id}`);
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<figure[^>]*data-chart-kind="d3"/);
    expect(html).toMatch(/<svg [^>]*class="chart-svg[^"]*"[^>]*viewBox="0 0 [\d.]+ [\d.]+"/);
    expect(html).toMatch(/class="mark[^"]*"[^>]*tabindex="0"/);
    expect(html).toContain('data-testid="chart-source"');
    expect(html).toContain('The 44-Day Karabakh War: Conclusions and Ramifications');
  });

  test(`${id}: no horizontal overflow at 320 px and 1920 px, charts inside their container`, async ({ page }) => {
    for (const width of [320, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/datasets/${id}`);
      await page.waitForLoadState('networkidle');
      const m = await page.evaluate(async () => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const out: string[] = [];
        for (const fig of document.querySelectorAll<HTMLElement>('figure.chart')) {
          // Recharts charts load as they near the viewport: bring each chart into view, and wait for its drawing.
          fig.scrollIntoView({ block: 'start' });
          await frame();
          if (fig.dataset.chartKind === 'recharts') {
            for (let i = 0; i < 100 && !fig.querySelector('svg.recharts-surface .rc-rect'); i++)
              await new Promise((r) => setTimeout(r, 50));
            await frame();
          }
          const f = fig.getBoundingClientRect();
          let drawn = 0;
          for (const svg of fig.querySelectorAll('svg.chart-svg, svg.recharts-surface')) {
            const r = svg.getBoundingClientRect();
            if (r.width === 0) continue;
            drawn++;
            if (r.left < f.left - 1 || r.right > f.right + 1)
              out.push(
                `${fig.id}: svg ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(f.left)}–${Math.round(f.right)}`,
              );
          }
          if (drawn === 0) out.push(`${fig.id}: no ${fig.dataset.chartKind} svg laid out`);
        }
        window.scrollTo(0, 0);
        await frame();
        return { scroll: document.documentElement.scrollWidth - window.innerWidth, out };
      });
      expect(m.scroll, `page scrolls sideways at ${width}`).toBeLessThanOrEqual(0);
      expect(m.out, `charts inside their figure at ${width}`).toEqual([]);
    }
  });
}

test('casualty ranges keep their open sides in the drawing', async ({ request }) => {
  const html = await (await request.get('/datasets/casualties')).text();
  expect(html).toMatch(/class="mark shape-upper"[^>]*data-row-id="combatants-killed-official"/);
  expect(html).toMatch(/class="mark shape-lower"[^>]*data-row-id="total-killed-unofficial"/);
  expect(html).toContain('up to 7,000 people');
  expect(html).toContain('over 10,000 people');
  // The incidents are a chart of their own.
  expect(html).toMatch(/data-chart="incidents"/);
});

test('the timeline draws month-only dates as bands, not days', async ({ request }) => {
  const html = await (await request.get('/datasets/timeline')).text();
  expect(html).toMatch(/data-row-id="tovuz-clashes" data-kind="band"/);
  expect(html).toMatch(/data-row-id="war-begins" data-kind="point"/);
});

for (const id of RECHARTS_PAGES) {
  test(`${id}: the Recharts chart draws its bars after load, in its reserved box`, async ({ page }) => {
    await page.goto(`/datasets/${id}`);
    const box = page.locator('figure[data-chart-kind="recharts"] .rc-reserve').first();
    const before = await box.boundingBox();
    await box.scrollIntoViewIfNeeded();
    const bars = page.locator('figure[data-chart-kind="recharts"] .rc-rect');
    await expect(bars.first()).toBeVisible();
    expect(await bars.count()).toBeGreaterThanOrEqual(2);
    const after = await box.boundingBox();
    expect(Math.abs((after?.height ?? 0) - (before?.height ?? 0))).toBeLessThanOrEqual(4);
  });
}

test('arms imports: the derived ratio is annotated and the TIV caveat is under the chart', async ({ page }) => {
  await page.goto('/datasets/arms-imports');
  const fig = page.locator('figure[data-chart="imports-bars"]');
  await expect(fig.locator('.rc-annotation')).toContainText('8.2×');
  await expect(fig.locator('.chart-caveats')).toContainText('trend-indicator values');
});

test('a tooltip appears on hover and on keyboard focus, with the same text', async ({ page }) => {
  await page.goto('/datasets/casualties');
  await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true');
  const fig = page.locator('figure[data-chart="ranges"]');
  const mark = fig.locator('.svg-wide .mark[data-row-id="combatants-killed-official"]');
  await mark.hover();
  const tip = fig.locator('.chart-tooltip');
  await expect(tip).toBeVisible();
  const hoverText = await tip.textContent();
  expect(hoverText).toContain('up to 7,000 people');
  expect(hoverText, "the tooltip shows the mark's accessible name").toBe(await mark.getAttribute('aria-label'));
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);
  // Keyboard: tab into the chart until the same mark has focus.
  await page.locator('figure[data-chart="ranges"] h3').click();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await mark.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(mark).toBeFocused();
  await expect(tip).toBeVisible();
  expect(await tip.textContent()).toBe(hoverText);
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
});

test('the SVG export parses as SVG and carries the title and the source line', async ({ page }) => {
  await page.goto('/datasets/casualties');
  await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true');
  const fig = page.locator('figure[data-chart="ranges"]');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    fig.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('casualties-ranges.svg');
  const svg = await readFile((await download.path())!, 'utf8');
  const source = (await fig.getByTestId('chart-source').textContent())!.trim();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.nodeName,
      title: doc.querySelector('title')?.textContent,
      source: Array.from(doc.querySelectorAll('text.export-source'))
        .map((t) => t.textContent)
        .join(' '),
      bars: doc.querySelectorAll('.mark').length,
    };
  }, svg);
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe('svg');
  expect(parsed.title).toContain('Deaths in the 44-Day War');
  expect(parsed.source).toBe(source);
  expect(parsed.bars).toBe(4);
});

test('before the page’s scripts run, the export buttons are disabled, so a click is never lost silently', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/datasets/casualties');
  const fig = page.locator('figure[data-chart="ranges"]');
  await expect(fig.getByRole('button', { name: 'Download SVG' })).toBeDisabled();
  await expect(fig.getByRole('button', { name: 'Download PNG' })).toBeDisabled();
  await context.close();
});

test('a page that is only read fetches no export code; a failed fetch on click is said, and the next click works', async ({
  page,
}) => {
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/_next/static/chunks/')) chunks.push(r.url());
  });
  await page.goto('/datasets/casualties');
  await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true');
  const fig = page.locator('figure[data-chart="ranges"]');
  await expect(fig.getByRole('button', { name: 'Download SVG' })).toBeEnabled();
  const loaded = chunks.length;
  // The network goes away for scripts: the click cannot fetch the export code.
  await page.route('**/_next/static/chunks/**', (route) => route.abort());
  await fig.getByRole('button', { name: 'Download SVG' }).click();
  await expect(fig.getByRole('status')).toHaveText(/could not be loaded/);
  expect(chunks.length, 'the click asked for the export code').toBeGreaterThan(loaded);
  await page.unroute('**/_next/static/chunks/**');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    fig.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('casualties-ranges.svg');
});

test('the PNG export is a PNG at twice the displayed size', async ({ page }) => {
  await page.goto('/datasets/mine-maps');
  await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true');
  const fig = page.locator('figure[data-chart="mines-on-maps"]');
  const [svgDl] = await Promise.all([
    page.waitForEvent('download'),
    fig.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = await readFile((await svgDl.path())!, 'utf8');
  const w = Number(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)" height="(\d+)"/.exec(svg)![1]);
  const h = Number(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)" height="(\d+)"/.exec(svg)![2]);
  const [pngDl] = await Promise.all([
    page.waitForEvent('download'),
    fig.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(pngDl.suggestedFilename()).toBe('mine-maps-mines-on-maps.png');
  const png = await readFile((await pngDl.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBe(w * 2);
  expect(png.readUInt32BE(20)).toBe(h * 2);
  const chartWidth = await fig
    .locator('svg.chart-svg:visible')
    .first()
    .evaluate((el) => Math.round(el.getBoundingClientRect().width));
  expect(w).toBe(Math.max(chartWidth, 320) + 32);
});

for (const id of DATASET_IDS) {
  test(`${id}: every chart exports as SVG, D3 and Recharts alike, with its title, source line and marks`, async ({
    page,
  }) => {
    await page.goto(`/datasets/${id}`);
    await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true');
    // The report's charts (the other sources' comparison charts, figure.chart.compare, have no export).
    const figs = page.locator('figure.chart[data-chart]');
    const n = await figs.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const fig = figs.nth(i);
      await fig.scrollIntoViewIfNeeded();
      await expect(fig.locator('svg.chart-svg:visible, svg.recharts-surface:visible').first()).toBeVisible();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        fig.getByRole('button', { name: 'Download SVG' }).click(),
      ]);
      const svg = await readFile((await download.path())!, 'utf8');
      const title = (await fig.locator('h3.chart-title').textContent())!.trim();
      const source = (await fig.getByTestId('chart-source').textContent())!.trim();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.getElementsByTagName('parsererror').length,
          title: doc.querySelector('title')?.textContent ?? '',
          source: Array.from(doc.querySelectorAll('text.export-source'))
            .map((t) => t.textContent)
            .join(' '),
          shapes: doc.querySelectorAll('rect, path').length,
        };
      }, svg);
      const kind = await fig.getAttribute('data-chart-kind');
      expect(parsed.error, `${id} chart ${i + 1} (${kind})`).toBe(0);
      expect(parsed.title).toContain(title);
      expect(parsed.source).toBe(source);
      expect(parsed.shapes, `${id} chart ${i + 1} (${kind}) has marks`).toBeGreaterThan(1);
    }
  });
}
