/**
 * Presenting from a laptop: the presenter view in a second window follows the deck and drives it, both ways,
 * and survives a reload; G then a number jumps; O (or Esc) shows the overview; keys pressed before the deck's
 * script has loaded are not lost.
 */
import { expect, test, type Page } from './fixtures';

async function ready(page: Page) {
  await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
}
const progress = (page: Page) => page.getByTestId('progress');

test('S opens the presenter view, which follows the audience window and drives it, also after a reload', async ({
  page,
  context,
}) => {
  await page.goto('/brief');
  await ready(page);
  const total = Number((await progress(page).textContent())!.split('/')[1]);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await ready(presenter);
  expect(new URL(presenter.url()).searchParams.get('view')).toBe('presenter');
  await expect(presenter.getByTestId('presenter-position')).toHaveText(`Slide 1 of ${total}`);
  await expect(presenter.locator('section.slide.current')).toBeVisible();
  await expect(presenter.locator('section.slide.next-up')).toBeVisible();
  await expect(presenter.getByTestId('presenter-elapsed')).toHaveText(/^\d+:\d\d$/);
  // The audience window never shows notes unless asked.
  await expect(page.locator('section.slide.current .notes')).toBeHidden();

  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-position')).toHaveText(`Slide 2 of ${total}`);
  const key2 = await page.locator('section.slide.current').getAttribute('data-slide-key');
  await expect(presenter.locator('section.slide.current')).toHaveAttribute('data-slide-key', key2!);
  // The notes of the current slide, in large type, with its verbatim phrases.
  await expect(presenter.getByTestId('presenter-notes')).toContainText('Speaker notes');
  await expect(presenter.getByTestId('presenter-notes')).toContainText('section');

  await presenter.keyboard.press('ArrowRight');
  await expect(progress(page)).toHaveText(`3 / ${total}`);

  await presenter.reload();
  await ready(presenter);
  await expect(presenter.getByTestId('presenter-position')).toHaveText(`Slide 3 of ${total}`);
  await presenter.keyboard.press('ArrowRight');
  await expect(progress(page)).toHaveText(`4 / ${total}`);

  await page.reload();
  await ready(page);
  await expect(progress(page)).toHaveText(`4 / ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(presenter.getByTestId('presenter-position')).toHaveText(`Slide 3 of ${total}`);
});

test('G then a number jumps to that slide, with Enter or after a pause', async ({ page }) => {
  await page.goto('/brief');
  await ready(page);
  const total = Number((await progress(page).textContent())!.split('/')[1]);
  await page.keyboard.press('g');
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await expect(progress(page)).toHaveText('Go to: 12_');
  await page.keyboard.press('Enter');
  await expect(progress(page)).toHaveText(`12 / ${total}`);
  await page.keyboard.press('g');
  await page.keyboard.press('5');
  await expect(progress(page)).toHaveText(`5 / ${total}`, { timeout: 4000 });
  await page.keyboard.press('g');
  await page.keyboard.press('Escape');
  await expect(progress(page)).toHaveText(`5 / ${total}`);
});

test('O and Esc show an overview of the slides; arrows choose, Enter or a click opens', async ({ page }) => {
  await page.goto('/brief?ids=casualties,mine-maps');
  await ready(page);
  await page.keyboard.press('o');
  await expect(page.locator('.deck.overview')).toBeVisible();
  const cards = page.locator('.deck.overview section.slide.in-deck');
  // Title, casualties' two slides, mine-maps' two slides (with the minefield districts map), closing.
  await expect(cards).toHaveCount(6);
  for (const c of await cards.all()) await expect(c).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.locator('.deck.overview')).toHaveCount(0);
  await expect(progress(page)).toHaveText('3 / 6');
  await page.keyboard.press('Escape');
  await expect(page.locator('.deck.overview')).toBeVisible();
  await page.locator('section.slide.in-deck[data-slide-key="mine-maps"]').click();
  await expect(page.locator('.deck.overview')).toHaveCount(0);
  await expect(page.locator('section.slide.current')).toHaveAttribute('data-slide-key', 'mine-maps');
});

test('keys pressed before the deck’s script has loaded are not lost', async ({ page }) => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  await page.route('**/_next/static/**/*.js', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('/brief', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('section.slide').first()).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(' ');
  expect(await page.locator('.deck').getAttribute('data-ready')).toBe('false');
  release();
  await ready(page);
  await expect(progress(page)).toHaveText(/^4 \/ \d+$/);
});
