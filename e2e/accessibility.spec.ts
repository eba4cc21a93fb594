import AxeBuilder from '@axe-core/playwright';
import { DATASET_IDS, expect, expectNotFound, test } from './fixtures';

/** The pages with maps (issue 22), their own tests so that `-g "map pages"` runs them alone. */
const MAP_PAGES = [
  '/map',
  '/map?event=ganja-attack',
  '/datasets/places',
  '/datasets/mine-maps',
  '/datasets/distances-and-ranges',
  '/datasets/timeline',
];
const PAGES = [
  '/',
  '/datasets',
  '/sources',
  '/brief',
  '/brief?slide=8',
  '/brief/build',
  '/no-such-page',
  ...DATASET_IDS.map((id) => `/datasets/${id}`).filter((p) => !MAP_PAGES.includes(p)),
];
expectNotFound('/no-such-page');

for (const scheme of ['light', 'dark'] as const) {
  for (const [label, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 375, height: 740 }],
  ] as const) {
    for (const [set, paths] of [
      ['', PAGES],
      [', map pages', MAP_PAGES],
    ] as const) {
      test(`axe: WCAG 2.1 A/AA, ${scheme} theme, ${label}${set}`, async ({ page }) => {
        // Up to seventeen pages through axe: about a minute on 2 idle cores, nearly five when the machine is loaded.
        test.setTimeout(600_000);
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        const report: string[] = [];
        for (const path of paths) {
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          if (path.startsWith('/datasets/')) {
            await page.locator('figure.chart').first().waitFor();
            const rc = page.locator('.rc-reserve');
            if (await rc.count()) {
              await rc.first().scrollIntoViewIfNeeded();
              await page.locator('.rc-rect').first().waitFor();
            }
          }
          const result = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .analyze();
          for (const v of result.violations) {
            report.push(
              `${path}: ${v.id} (${v.impact}) ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
            );
          }
        }
        expect(report).toEqual([]);
      });
    }
  }
}
