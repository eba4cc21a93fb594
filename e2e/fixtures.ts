import { test as base, expect } from '@playwright/test';

/**
 * Every test fails on a console error, an uncaught page error, or a Content-Security-Policy
 * violation, and on any request that leaves the app's origin.
 */
/** Pages a test opens on purpose that answer 404 (the not-found journey). */
const expected404 = new Set<string>();
export function expectNotFound(path: string) {
  expected404.add(path);
}
function expectedStatus(url: string): boolean {
  return expected404.has(new URL(url).pathname);
}

export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !/Failed to load resource/.test(msg.text()))
          problems.push(`console error: ${msg.text()}`);
        if (/Content.Security.Policy|Refused to/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400 && !expectedStatus(res.url())) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) problems.push(`request outside the origin: ${url}`);
      });
      await use(problems);
      expect(problems, 'no console errors, CSP violations or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page } from '@playwright/test';

export const DATASET_IDS = [
  'arms-imports',
  'agricultural-losses',
  'mine-maps',
  'casualties',
  'timeline',
  'peacekeeping',
  'distances-and-ranges',
  'parliamentary-votes',
  'displacement-and-territory',
  'conflict-figures',
  'places',
];
