/**
 * Reading a dataset's table for its provenance on a laptop or desktop screen: from 1024 px the table fits its column
 * (no sideways scroll), and for every row the figure as printed, its qualifier and claim type, the section, the
 * footnote and the verbatim phrase are on screen without a click; the cited source and the note open on demand.
 */
import { DATASET_IDS, expect, test } from './fixtures';

const SHOWN = {
  figures: ['label', 'printed', 'qualifier', 'claimType', 'section', 'footnote', 'quote'],
  events: ['date', 'event', 'claimType', 'section', 'footnote', 'quote'],
  places: ['name', 'otherNames', 'placeKind', 'lat', 'lon', 'geonameId', 'namedIn', 'section', 'footnote', 'quote'],
};

for (const width of [1024, 1280, 1920]) {
  test(`at ${width} px every dataset table fits its column and shows each row's provenance`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height: 900 });
    for (const id of DATASET_IDS) {
      await page.goto(`/datasets/${id}`);
      const m = await page.locator('.table-wrap').evaluate((wrap) => {
        const table = wrap.querySelector('table')!;
        return {
          table: table.getBoundingClientRect().width,
          column: wrap.clientWidth,
          scroll: wrap.scrollWidth - wrap.clientWidth,
          page: document.documentElement.scrollWidth - window.innerWidth,
        };
      });
      expect(m.table, `${id}: table width within its column`).toBeLessThanOrEqual(m.column);
      expect(m.scroll, `${id}: the table does not scroll sideways`).toBe(0);
      expect(m.page, `${id}: the page does not scroll sideways`).toBeLessThanOrEqual(0);
      const cls = (await page.locator('table.data').getAttribute('class')) ?? '';
      const kind = (['events', 'places', 'figures'] as const).find((k) => cls.includes(`t-${k}`))!;
      const rows = page.locator('table.data tbody tr');
      for (const row of [rows.first(), rows.last()]) {
        for (const col of SHOWN[kind]) {
          const cell = row.locator(`[data-column="${col}"]`);
          await expect(cell, `${id} ${col}`).toBeVisible();
          const box = (await cell.boundingBox())!;
          expect(box.x, `${id} ${col}: left edge on screen`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `${id} ${col}: right edge on screen`).toBeLessThanOrEqual(width);
        }
        const phrase = row.locator('[data-column="quote"] .cell-text');
        const box = (await phrase.boundingBox())!;
        expect(box.x + box.width, `${id}: the verbatim phrase within the viewport`).toBeLessThanOrEqual(width);
      }
    }
  });
}

test('the cited source and the note open on demand under the verbatim phrase; sorting and the permalink still work', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/datasets/casualties#ukraine-russia-fatalities');
  const json = await (await request.get('/data/casualties.json')).json();
  const want = json.rows.find((r: { id: string }) => r.id === 'ukraine-russia-fatalities');
  expect(want.note).not.toBeNull();
  const row = page.locator('tr#ukraine-russia-fatalities');
  await expect(row).toBeInViewport();
  // The source is not a column here, and shows once its disclosure is opened.
  await expect(row.locator('td[data-column="source"]')).toBeHidden();
  const more = row.locator('details.row-more');
  await expect(more.getByText(want.note, { exact: false })).toBeHidden();
  await more.locator('summary').click();
  await expect(more.getByText(want.source, { exact: false })).toBeVisible();
  await expect(more.getByText(want.note, { exact: false })).toBeVisible();
  await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true');
  await page.locator('button[data-column="footnote"]').click();
  await expect(page).toHaveURL(/sort=footnote/);
  await expect(page.locator('table.data caption')).toContainText('Sorted by Footnote, ascending');
});
