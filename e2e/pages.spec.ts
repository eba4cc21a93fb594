import { DATASET_IDS, expect, test } from './fixtures';

test('the overview shows every dataset with its headline figure, qualifier and source', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('44-Day Karabakh War');
  const cards = page.locator('[data-dataset]');
  await expect(cards).toHaveCount(DATASET_IDS.length);
  const casualties = page.locator('[data-dataset="casualties"]');
  await expect(casualties.getByTestId('headline-figure')).toHaveText('up to 7,000 people');
  await expect(casualties).toContainText('Report section 5.2, no footnote');
  await expect(page.locator('[data-dataset="mine-maps"]')).toContainText('footnote 17');
  // Each card's tags (qualifier, claim type) say different things: a count of places has no qualifier to repeat.
  for (const id of DATASET_IDS) {
    const tags = await page.locator(`[data-dataset="${id}"] .tag`).allTextContents();
    expect(tags.length, id).toBeGreaterThan(0);
    expect(new Set(tags).size, `${id}: ${tags.join(' | ')}`).toBe(tags.length);
  }
  await casualties.getByRole('link').click();
  await expect(page).toHaveURL(/\/datasets\/casualties$/);
});

for (const id of DATASET_IDS) {
  test(`dataset page ${id} loads with title, caveats, table and downloads`, async ({ page }) => {
    const response = await page.goto(`/datasets/${id}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    await expect(page.locator('aside.caveats').first()).toBeVisible();
    const rows = page.locator('table.data tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: /^CSV/ })).toHaveAttribute('href', `/data/${id}.csv`);
    await expect(page.getByRole('link', { name: /^JSON/ })).toHaveAttribute('href', `/data/${id}.json`);
    await expect(page.getByRole('link', { name: /^Excel/ })).toHaveAttribute('href', `/data/${id}.xlsx`);
  });
}

test('the sources page explains claim types, lists every caveat and the footnotes', async ({ page }) => {
  await page.goto('/sources');
  await expect(page.getByRole('heading', { name: 'Claim types' })).toBeVisible();
  for (const t of ['reported statistic', 'estimate', 'statement by a party', 'unofficial estimate', 'derived']) {
    await expect(page.locator('dl.defs dt', { hasText: new RegExp(`^${t}$`) })).toHaveCount(1);
  }
  await expect(page.getByRole('heading', { name: 'How to cite a figure' })).toBeVisible();
  await expect(page.locator('#fn-17')).toContainText('CNN Turk');
  await expect(page.locator('section', { hasText: 'trend-indicator values' }).first()).toBeVisible();
});

for (const width of [375, 412, 800, 900, 1280]) {
  test(`the header does not move while its nav is still loading (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/brief/build');
    // Change the DOM only once React has taken over the page (its builder marks itself ready after hydration).
    await expect(page.locator('.deck-builder')).toHaveAttribute('data-ready', 'true');
    const box = () =>
      page.evaluate(() => {
        const r = document.querySelector('.site-header nav')!.getBoundingClientRect();
        const b = document.querySelector('.brand')!.getBoundingClientRect();
        return { navX: r.x, navY: r.y, brandX: b.x, brandY: b.y };
      });
    const full = await box();
    // As the first frames see it while the HTML is still arriving: only the first nav item parsed so far.
    await page.evaluate(() => {
      for (const li of document.querySelectorAll('.site-header nav li:not(:first-child)')) li.remove();
    });
    expect(await box()).toEqual(full);
  });
}

test('a link to a footnote far down /sources lands on it, although off-screen blocks are laid out only when near', async ({
  page,
}) => {
  await page.goto('/sources');
  const id = await page.locator('ol.footnotes > li').last().getAttribute('id');
  expect(id).toMatch(/^fn-\d+$/);
  await page.goto(`/sources#${id}`);
  const note = page.locator(`#${id}`);
  await expect(note).toBeInViewport();
  const box = await note.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(10);
  // Printing lays out every block.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('ol.footnotes').evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('visible');
});

test('the header’s Datasets link opens the datasets index: every dataset with its headline figure, rows and downloads', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Datasets' }).click();
  await expect(page).toHaveURL(/\/datasets\/?$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datasets');
  const rows = page.locator('table.datasets-index tbody tr');
  await expect(rows).toHaveCount(DATASET_IDS.length);
  for (const id of DATASET_IDS) {
    const row = page.locator(`tr[data-dataset="${id}"]`);
    const json = await (await request.get(`/data/${id}.json`)).json();
    await expect(row.getByRole('link').first()).toHaveAttribute('href', `/datasets/${id}`);
    await expect(row.locator('td.num').first()).toHaveText(String(json.rows.length));
    await expect(row.getByRole('link', { name: 'Excel' })).toHaveAttribute('href', `/data/${id}.xlsx`);
  }
  // A bound keeps its wording in the index.
  await expect(page.locator('tr[data-dataset="casualties"] [data-testid="index-headline"]')).toHaveText(
    'up to 7,000 people',
  );
});

test('a full-page capture of a dataset page shows its charts and table: none of them is skipped as off-screen', async ({
  page,
}) => {
  await page.goto('/datasets/timeline');
  const skipped = await page.evaluate(
    () =>
      [...document.querySelectorAll('figure.chart, .table-wrap')].filter((el) => {
        for (let n: Element | null = el; n; n = n.parentElement)
          if (getComputedStyle(n).contentVisibility !== 'visible') return true;
        return false;
      }).length,
  );
  expect(skipped).toBe(0);
});

test('the overview draws every dataset’s headline figure as a chart in its server HTML, readable at 320 px', async ({
  page,
  request,
}) => {
  // The server's HTML, before any script: one chart per card, an SVG with marks.
  const html = await (await request.get('/')).text();
  for (const id of DATASET_IDS) {
    // Within this card only (up to the next one): its chart's SVG and a mark in it (a bar, a dot, the waffle's cells).
    const card = html.slice(html.indexOf(`data-dataset="${id}"`)).split(/<li[^>]*data-dataset=/)[0]!;
    expect(card, id).toMatch(/data-testid="card-chart"[^>]*>[\s\S]*?<svg[\s\S]*?<(rect|circle|path class="cell)/);
  }
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  const charts = page.locator('[data-dataset] [data-testid="card-chart"]');
  await expect(charts).toHaveCount(DATASET_IDS.length);
  // The headline bar keeps its bound's wording; its smallest text is drawn at 10 px or more on a 320 px phone.
  await expect(page.locator('[data-dataset="casualties"] [data-testid="card-chart"] .value-label')).toHaveText(
    'up to 7,000 people',
  );
  const sizes: number[] = [];
  for (const chart of await charts.all()) {
    const svg = chart.locator('svg').first();
    const box = (await svg.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // Chart text is 13 px in the SVG's own units; drawn at the SVG's scale (the waffle and the places' dot map have no text).
    if ((await svg.locator('text').count()) === 0) continue;
    sizes.push(
      await svg.evaluate((s) => (13 * s.getBoundingClientRect().width) / (s as SVGSVGElement).viewBox.baseVal.width),
    );
  }
  expect(sizes).toHaveLength(DATASET_IDS.length - 2);
  for (const px of sizes) expect(px, 'chart text size at 320 px').toBeGreaterThanOrEqual(10);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
