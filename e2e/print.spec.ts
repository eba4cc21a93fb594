/**
 * Printing a page, or saving it as PDF, with no scroll or click before: a headless print (page.pdf fires no
 * beforeprint) on A4 and US Letter shows every chart drawn, every row of the table with its verbatim phrase within
 * the page's width, no placeholder, and a footer line with the page's address and the data's version.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATASET_IDS, expect, test, type Page } from './fixtures';

const pdftotext = () => {
  if (!existsSync('/usr/bin/pdftotext')) throw new Error('pdftotext is needed: apt-get install poppler-utils');
  return '/usr/bin/pdftotext';
};

/**
 * Prints the page headless; returns its text in the order it was drawn (-raw: each table cell's lines together) with
 * no white space at all (a line may break after a dash, where no space was), its page width and right-most word edge.
 */
async function print(page: Page, format: 'A4' | 'Letter') {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const file = join(dir, 'page.pdf');
  writeFileSync(file, await page.pdf({ format, printBackground: true }));
  const text = spawnSync(pdftotext(), ['-raw', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  const bbox = spawnSync(pdftotext(), ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  const pageWidth = Number(/<page width="([\d.]+)"/.exec(bbox)![1]);
  const right = Math.max(...[...bbox.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
  const pages = (bbox.match(/<page /g) ?? []).length;
  return { text: text.replace(/\s+/g, ''), pageWidth, right, pages };
}

/** Text compared without its white space (see print()). */
const norm = (s: string) => s.replace(/\s+/g, '');

for (const id of DATASET_IDS) {
  test(`printing /datasets/${id} on A4 shows every chart, every row's verbatim phrase and the footer line`, async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000);
    await page.goto(`/datasets/${id}`);
    const json = await (await request.get(`/data/${id}.json`)).json();
    const titles = await page.locator('figure.chart .chart-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    const p = await print(page, 'A4');
    for (const t of titles) expect(p.text, `chart title: ${t}`).toContain(norm(t));
    // Every chart drew its value labels (the lazy Recharts charts too).
    const labels = await page
      .locator('figure.chart svg .value-label')
      .evaluateAll((els) => els.filter((e) => e.closest('.svg-wide')).map((e) => e.textContent ?? ''));
    for (const l of labels) expect(p.text, `value label: ${l}`).toContain(norm(l));
    // A Recharts chart not drawn would print its placeholder.
    expect(p.text).not.toContain(norm('The chart draws when it scrolls into view'));
    expect(p.text).not.toContain(norm('Loading chart'));
    for (const row of json.rows) expect(p.text, `${row.id}: verbatim phrase`).toContain(norm(row.quote));
    expect(p.text).toMatch(new RegExp(`/datasets/${id}·dataversion\\d+\\.\\d+\\.\\d+`));
    // Nothing printed beyond the page's right edge.
    expect(p.right, 'content within the page width').toBeLessThanOrEqual(p.pageWidth);
  });
}

test('the recharts chart of a dataset page prints drawn on US Letter too, with the footer on every sheet', async ({
  page,
}) => {
  await page.goto('/datasets/mine-maps');
  const p = await print(page, 'Letter');
  expect(p.pageWidth).toBeCloseTo(612, 0);
  expect(p.text).toContain(norm('nearly 97,000 mines'));
  expect(p.right).toBeLessThanOrEqual(p.pageWidth);
  const footers = p.text.match(/localhost:\d+\/datasets\/mine-maps·dataversion/g) ?? [];
  expect(footers.length, 'one footer line per sheet').toBe(p.pages);
});

for (const path of ['/', '/figures', '/sources']) {
  test(`printing ${path} on A4 keeps it within the page width with its footer line`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(path);
    const p = await print(page, 'A4');
    expect(p.right).toBeLessThanOrEqual(p.pageWidth);
    expect(p.text).toContain(norm(`${path} · data version`));
  });
}
