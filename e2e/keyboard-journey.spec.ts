import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures';

/** Press Tab until `locator` has focus (at most `max` presses); every focused element must show a visible focus ring. */
async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { hit: false, ring: true };
      const cs = getComputedStyle(el);
      // The ring that is drawn: an outline of 2 px or more in a colour that is not transparent, or a box shadow.
      // (Matching :focus-visible proves nothing: every element focused by Tab matches it.)
      const visibleColour = (c: string) => c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c);
      const outline =
        (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 && visibleColour(cs.outlineColor)) ||
        (cs.boxShadow !== 'none' && cs.boxShadow !== '');
      // A chart mark draws its ring as a stroke of 2 px or more round its bar, cells or point.
      const stroked =
        el instanceof SVGElement &&
        [...el.querySelectorAll('.bar, .cell.filled, .event-point, .event-band')].some((s) => {
          const c = getComputedStyle(s);
          return c.stroke !== 'none' && visibleColour(c.stroke) && parseFloat(c.strokeWidth) >= 2;
        });
      const ring = outline || stroked;
      return { hit: el.matches(sel), ring };
    }, selector);
    expect(state.ring, `focus is visible (press ${i + 1})`).toBe(true);
    if (state.hit) return;
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

test('keyboard only: overview → dataset → sort → tooltip → download → deck', async ({ page }) => {
  await page.goto('/');
  // The skip link is the first stop and jumps to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  await tabTo(page, 'a[href="/datasets/casualties"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/datasets\/casualties$/);
  await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true');

  // A chart mark: its tooltip shows on focus.
  await tabTo(page, 'figure[data-chart="ranges"] .svg-wide .mark');
  await expect(page.locator('figure[data-chart="ranges"] .chart-tooltip')).toBeVisible();

  // Sort a column.
  await tabTo(page, 'button[data-column="value"]', 120);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=value/);

  // Download the CSV.
  await tabTo(page, 'a[href="/data/casualties.csv"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('casualties.csv');
  expect((await readFile((await download.path())!, 'utf8')).length).toBeGreaterThan(100);

  // Open the deck from the header and step through it.
  await page.goto('/datasets/casualties');
  await tabTo(page, 'a[href="/brief"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/brief/);
  await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('progress')).toHaveText(/^1 \/ \d+$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('progress')).toHaveText(/^3 \/ \d+$/);
  await page.keyboard.press('End');
  await expect(page.locator('section.slide.current .slide-headline')).toHaveText('Sources and caveats');
});

test('a chart is one tab stop: arrows, Home and End move between its marks with the tooltip, Escape leaves it', async ({
  page,
}) => {
  await page.goto('/datasets/casualties');
  await expect(page.locator('.table-wrap')).toHaveAttribute('data-ready', 'true');
  const fig = page.locator('figure[data-chart="ranges"]');
  const marks = fig.locator('.svg-wide .mark');
  const count = await marks.count();
  expect(count).toBe(4);
  await tabTo(page, 'figure[data-chart="ranges"] .svg-wide .mark');
  await expect(marks.nth(0)).toBeFocused();
  const tip = fig.locator('.chart-tooltip');
  await page.keyboard.press('ArrowRight');
  await expect(marks.nth(1)).toBeFocused();
  await expect(tip).toHaveText((await marks.nth(1).getAttribute('aria-label'))!);
  await page.keyboard.press('End');
  await expect(marks.nth(count - 1)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(marks.nth(count - 1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(marks.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(marks.nth(1)).toBeFocused();
  // One Tab leaves the chart: no other mark of it is a tab stop.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('svg'))).toBe(false);
  // Back in, the chart remembers the mark last chosen; Escape hides the tooltip and leaves for the export buttons.
  await page.keyboard.press('Shift+Tab');
  await expect(marks.nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
  await expect(fig.getByRole('button', { name: 'Download SVG' })).toBeFocused();
});
