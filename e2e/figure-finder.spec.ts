/**
 * An analyst looks for one figure among all of them: /figures holds every figure and event in its HTML, filters as
 * the reader types, keeps the filters in the address, says when nothing matches, and reads on a phone as cards.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const visibleRows = (page: import('@playwright/test').Page) => page.locator('table.finder tbody tr:not([hidden])');

test('every figure and event is in the server HTML, each linking to its row', async ({ request }) => {
  const html = await (await request.get('/figures')).text();
  let total = 0;
  for (const id of ['arms-imports', 'timeline', 'mine-maps', 'conflict-figures']) {
    const json = await (await request.get(`/data/${id}.json`)).json();
    for (const r of json.rows) expect(html, `${id}#${r.id}`).toContain(`href="/datasets/${id}#${r.id}"`);
    total += json.rows.length;
  }
  expect(total).toBeGreaterThan(50);
  expect(html).toContain('nearly 97,000');
});

test('search as you type and filters narrow the rows; the state is in the address and reopens the same view', async ({
  page,
}) => {
  await page.goto('/figures');
  await expect(page.locator('.finder-box')).toHaveAttribute('data-ready', 'true');
  const all = await visibleRows(page).count();
  await page.getByTestId('finder-q').fill('mine');
  await expect(page).toHaveURL(/\?q=mine$/);
  const mines = await visibleRows(page).count();
  expect(mines).toBeGreaterThan(3);
  expect(mines).toBeLessThan(all);
  for (const t of await visibleRows(page).allTextContents()) expect(t.toLowerCase()).toContain('mine');
  await page.locator('select[data-facet="claim"]').selectOption('statement-by-a-party');
  await expect(page).toHaveURL(/\?q=mine&claim=statement-by-a-party$/);
  const both = await visibleRows(page).count();
  expect(both).toBeGreaterThan(0);
  expect(both).toBeLessThan(mines);
  for (const t of await visibleRows(page).locator('td[data-label="Claim type"]').allTextContents())
    expect(t).toBe('statement by a party');
  await expect(page.getByTestId('finder-count')).toHaveText(`${both} of ${all} figures and events.`);
  // A shared link opens the same view.
  await page.goto('/figures?q=mine&claim=statement-by-a-party');
  await expect(page.locator('.finder-box')).toHaveAttribute('data-ready', 'true');
  await expect(visibleRows(page)).toHaveCount(both);
  await expect(page.getByTestId('finder-q')).toHaveValue('mine');
  // Footnote and section filters.
  await page.goto('/figures?footnote=17');
  await expect(page.locator('.finder-box')).toHaveAttribute('data-ready', 'true');
  for (const t of await visibleRows(page).locator('td[data-label="Section, footnote"]').allTextContents())
    expect(t).toContain('footnote 17');
});

test('an empty result says so and offers to clear the filters', async ({ page }) => {
  await page.goto('/figures?q=zzzz-no-such-figure');
  await expect(page.locator('.finder-box')).toHaveAttribute('data-ready', 'true');
  await expect(visibleRows(page)).toHaveCount(0);
  await expect(page.getByTestId('finder-empty')).toContainText('No figure or event matches “zzzz-no-such-figure”');
  await page.getByRole('button', { name: 'Clear the search and filters' }).click();
  await expect(page).toHaveURL(/\/figures$/);
  await expect(page.getByTestId('finder-empty')).toHaveCount(0);
  expect(await visibleRows(page).count()).toBeGreaterThan(50);
});

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false });
  test('the finder reads in full', async ({ page }) => {
    await page.goto('/figures');
    expect(await visibleRows(page).count()).toBeGreaterThan(50);
    await expect(
      page.locator('noscript, p.muted').filter({ hasText: 'use your browser’s find' }).first(),
    ).toBeAttached();
    // The search box and filters need the script: inert (out of the tab order, dimmed), not controls that do nothing.
    await expect(page.locator('form.finder-controls')).toHaveAttribute('inert', '');
    expect(
      await page.getByTestId('finder-q').evaluate((el: HTMLInputElement) => {
        el.focus();
        return document.activeElement === el;
      }),
    ).toBe(false);
  });
});

for (const width of [320, 390]) {
  test(`on a ${width} px phone the tables read as cards, nothing scrolls sideways, and axe finds nothing`, async ({
    page,
  }) => {
    // axe over the finder's table of every figure, other sources' rows included (about 500 rows as cards): over 30 s.
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/datasets/casualties', '/datasets/timeline', '/figures', '/datasets', '/']) {
      await page.goto(path);
      const wide = await page.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
          .filter((el) => {
            const s = getComputedStyle(el);
            return (s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
          })
          .map((el) => `${el.tagName}.${el.className}`)
          .concat(document.documentElement.scrollWidth > vw ? ['the page itself'] : []);
      });
      expect(wide, `${path}: nothing scrolls sideways`).toEqual([]);
      if (path.startsWith('/datasets/') || path === '/figures') {
        const row = page.locator('table.data tbody tr').first();
        expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
        // Each cell says which column it is.
        expect(
          await row
            .locator('[data-label]')
            .first()
            .evaluate((c) => getComputedStyle(c, '::before').content),
        ).toMatch(/:/);
      }
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
  });
}

test('sorting still works on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/datasets/casualties');
  await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true');
  await page.locator('button[data-column="value"]').click();
  await expect(page).toHaveURL(/sort=value/);
  await expect(page.locator('table.data caption')).toContainText('Sorted by Value, ascending');
  const values = await page.locator('table.data tbody tr td[data-column="value"]').allTextContents();
  const nums = values.map((v) => Number(v.replace(/[^0-9.]/g, '')));
  expect(nums).toEqual([...nums].sort((a, b) => a - b));
});
