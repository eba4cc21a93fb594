import { expect, test, type Page } from './fixtures';

async function column(page: Page, id: string): Promise<string[]> {
  return page.locator(`table.data tbody [data-column="${id}"]`).allTextContents();
}
const nums = (xs: string[]) => xs.map((x) => Number(x.replace(/,/g, '')));

/** Open a page and wait until the table's script has taken over (clicks before that do nothing). */
async function open(page: Page, path: string) {
  const res = await page.goto(path);
  await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true');
  return res;
}

test('sorting by mouse: numbers sort as numbers, the URL follows, aria-sort is set', async ({ page }) => {
  await open(page, '/datasets/casualties');
  const header = page.locator('th', { has: page.locator('button[data-column="value"]') });
  await expect(header).toHaveAttribute('aria-sort', 'none');
  await page.locator('button[data-column="value"]').click();
  await expect(page).toHaveURL(/\?sort=value$/);
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const asc = nums(await column(page, 'value'));
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
  expect(asc[0]).toBe(1);
  await page.locator('button[data-column="value"]').click();
  await expect(page).toHaveURL(/\?sort=-value$/);
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(nums(await column(page, 'value'))[0]).toBe(14000);
});

test('sorting by keyboard with Enter and Space', async ({ page }) => {
  await open(page, '/datasets/agricultural-losses');
  const button = page.locator('button[data-column="value"]');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=value/);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/sort=-value/);
  await expect(page.locator('th', { has: button })).toHaveAttribute('aria-sort', 'descending');
  const values = nums(await column(page, 'value'));
  expect(values).toEqual([...values].sort((a, b) => b - a));
});

test('a sorted link reopens the same view, and open bounds sort at the ends', async ({ page }) => {
  await open(page, '/datasets/casualties?sort=-high');
  await expect(page.locator('th', { has: page.locator('button[data-column="high"]') })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const high = await column(page, 'high');
  expect(high[0]).toMatch(/open/);
  await open(page, '/datasets/casualties?sort=low');
  const low = await column(page, 'low');
  expect(low[0]).toMatch(/open/);
  await page.reload();
  expect((await column(page, 'low'))[0]).toMatch(/open/);
});

test('text columns sort alphabetically and timeline dates chronologically', async ({ page }) => {
  await open(page, '/datasets/timeline?sort=date');
  const dates = await page.locator('table.data tbody [data-column="date"]').allTextContents();
  expect(dates[0]).toContain('1988');
  expect(dates.at(-1)).toContain('2021');
  await page.locator('button[data-column="event"]').click();
  await expect(page).toHaveURL(/sort=event/);
  const events = await column(page, 'event');
  expect(events).toEqual([...events].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
});

for (const bad of ['nonsense', '-', '--value', '%3Cscript%3E', 'x'.repeat(3000)]) {
  test(`an unknown or malformed sort (${bad.slice(0, 16)}) is ignored: the report's order`, async ({
    page,
    request,
  }) => {
    const response = await open(page, `/datasets/casualties?sort=${bad}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('table.data caption')).toContainText('In the report’s order.');
    const json = await (await request.get('/data/casualties.json')).json();
    expect(
      await page.locator('table.data tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-id'))),
    ).toEqual(json.rows.map((r: { id: string }) => r.id));
  });
}

test('of repeated sort parameters the first counts', async ({ page }) => {
  await open(page, '/datasets/casualties?sort=value&sort=label');
  await expect(page.locator('table.data caption')).toContainText('Sorted by Value, ascending');
  const values = nums(await column(page, 'value'));
  expect(values).toEqual([...values].sort((a, b) => a - b));
});

test('a table that is only read does not fetch the sorting code; a heading in focus fetches it, and focus stays through the sort', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
  });
  await open(page, '/datasets/casualties');
  // Network idle: no request for half a second after the page loaded, so nothing was fetched for the table.
  await page.waitForLoadState('networkidle');
  const before = scripts.length;

  const button = page.locator('button[data-column="value"]');
  await button.focus();
  await expect.poll(() => scripts.length).toBeGreaterThan(before);
  await page.keyboard.press('Enter');
  await expect(page.locator('th', { has: button })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator('table.data caption')).toContainText('Sorted by Value, ascending');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-column'))).toBe('value');
  const asc = nums(await column(page, 'value'));
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
});

test('when the sorting code cannot be fetched, the table says so and keeps the report order', async ({ page }) => {
  await open(page, '/datasets/casualties');
  await page.waitForLoadState('networkidle');
  const order = await column(page, 'value');
  // Every script asked for from now on fails, as on a copy that lost its chunks or a server that went away.
  await page.route('**/*.js', (route) => route.abort('connectionrefused'));
  await page.locator('button[data-column="value"]').click();
  await expect(page.locator('table.data caption')).toContainText('Sorting could not be loaded');
  expect(await column(page, 'value')).toEqual(order);
  await expect(page).toHaveURL(/\/datasets\/casualties$/);
  await expect(page.locator('th', { has: page.locator('button[data-column="value"]') })).toHaveAttribute(
    'aria-sort',
    'none',
  );
  // Once the server answers again, the next click sorts.
  await page.unroute('**/*.js');
  await page.locator('button[data-column="value"]').click();
  await expect(page.locator('table.data caption')).toContainText('Sorted by Value, ascending');
  await expect(page.locator('table.data caption')).not.toContainText('could not be loaded');
  await expect(page).toHaveURL(/\?sort=value$/);
});
