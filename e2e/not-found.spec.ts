import { expect, expectNotFound, test } from './fixtures';

for (const path of ['/datasets/no-such-dataset', '/nothing-here', '/datasets/ARMS-IMPORTS']) {
  expectNotFound(path);
  test(`an unknown address (${path}) gives the app's own 404 page with a way back`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Back to the overview' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
}
