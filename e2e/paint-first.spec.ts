import { FALLBACK_MS, loaderScripts } from '../lib/build/paint-first.mjs';
import { expect, test } from './fixtures';

// Journey: a reader on a slow machine sees the page before its scripts run, and the page still becomes interactive.
// The build moves Next's start-up scripts into a loader that adds them after the first contentful paint, and marks
// them for eager compilation (lib/build/paint-first.mjs).

const PAGES: Array<{ path: string; ready?: string }> = [
  { path: '/' },
  { path: '/datasets/casualties', ready: '.table-wrap' },
  { path: '/sources' },
  { path: '/brief', ready: '.deck' },
  { path: '/brief/build', ready: '.deck-builder' },
];

for (const { path, ready } of PAGES) {
  test(`${path}: the start-up scripts are added after the first contentful paint, and the page then runs them`, async ({
    page,
    request,
  }) => {
    const html = await (await request.get(path)).text();
    expect(html, 'no start-up script tag in the server HTML').not.toMatch(
      /<script src="\/_next\/static\/[^"]+" async=""><\/script>/,
    );
    expect(html, 'the loader is the last element of the body').toMatch(
      /<script data-paint-first="">.*?<\/script><\/body>/s,
    );
    const srcs = loaderScripts(html);
    expect(srcs.length).toBeGreaterThan(2);
    // Each is served marked for eager compilation (lib/build/paint-first.mjs, COMPILE_HINT).
    for (const src of srcs)
      expect((await (await request.get(src)).text()).split('\n', 1)[0], src).toBe('//# allFunctionsCalledOnLoad');

    // Record when each script element enters the document.
    await page.addInitScript(() => {
      const w = window as unknown as { __added: Array<{ src: string; t: number }> };
      w.__added = [];
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof HTMLScriptElement && n.src)
              w.__added.push({ src: new URL(n.src).pathname, t: performance.now() });
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(path);
    if (ready) await expect(page.locator(ready)).toHaveAttribute('data-ready', 'true');
    // Next's client has started (it sets window.next once its scripts have run).
    await expect
      .poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version))
      .toBe('string');

    const { fcp, added } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      added: (window as unknown as { __added: Array<{ src: string; t: number }> }).__added,
    }));
    expect(fcp, 'the page had a first contentful paint').not.toBeNull();
    for (const src of srcs) {
      const a = added.find((x) => x.src === src);
      expect(a, `${src} was added`).toBeTruthy();
      expect(a!.t, `${src} added after the first contentful paint`).toBeGreaterThanOrEqual(fcp!);
    }
    // On the paint path, not the fallback: the first script follows the paint at once, long before the fallback's
    // FALLBACK_MS would have added it (a loader that ignored the paint would add it about 3 s after it started).
    const first = Math.min(...srcs.map((src) => added.find((x) => x.src === src)!.t));
    expect(first - fcp!, 'the first script is added within a second of the first paint').toBeLessThan(1000);
    expect(first, `added before the ${FALLBACK_MS} ms fallback`).toBeLessThan(FALLBACK_MS);
    // Each one was fetched once (a second request would mean the runtime did not recognise the added scripts).
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    for (const src of srcs)
      expect(
        fetched.filter((f) => f === src),
        src,
      ).toHaveLength(1);
  });
}

test('the deck still answers its keys once its scripts have loaded after the paint', async ({ page }) => {
  await page.goto('/brief');
  await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]slide=2\b/);
});
