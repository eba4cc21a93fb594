/**
 * A journalist quoting one of the report's figures finds, in the same place, what other sources published on it:
 * the panel beside the figure (quote on demand, without scripts), the comparison chart with each source its own
 * mark, the finder's filter, the downloads (CSV, JSON, the data package read by datapackage-js, the workbook read by
 * LibreOffice Calc), the deck's and the PowerPoint file's speaker notes, and the standpoint line on every page.
 * Expectations come from the stored rows (data/other-sources.ts), not from the code that shows them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { OTHER_SOURCE_ROWS } from '../data/other-sources';
import { parseCsv } from '../lib/outputs/csv';
import { expect, test } from './fixtures';

type Stored = {
  id: string;
  kind: string;
  about: { dataset: string; row: string }[];
  printed?: string;
  quote?: string;
  url?: string;
  publisher?: string;
  unit: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  searches?: string[];
};
const stored = OTHER_SOURCE_ROWS as readonly Stored[];
/** SIPRI's two sums and their ratio, computed in code from the stored records. */
const DERIVED = 3;
const beside = (dataset: string, row: string) =>
  stored.filter((o) => o.about.some((a) => a.dataset === dataset && a.row === row));

test('beside a figure, the panel lists each other source; the quote and link open without scripts', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/datasets/casualties');
  const section = page.getByRole('region', { name: 'What other sources say' });
  await expect(section).toContainText('they are not the report’s');
  const panel = section.locator('[data-about="combatants-killed-official"]');
  await expect(panel.getByRole('heading', { level: 3 })).toContainText('up to seven thousand');
  const rows = beside('casualties', 'combatants-killed-official');
  expect(rows.length).toBeGreaterThanOrEqual(5);
  await expect(panel.locator('li.other')).toHaveCount(rows.length);
  for (const o of rows) {
    const item = panel.locator(`[data-other="${o.id}"]`);
    await expect(item.locator('.other-figure')).toContainText(o.printed!);
    await expect(item.locator('.other-figure')).toContainText(o.kind);
    await expect(item).toContainText(o.publisher!);
    const quote = item.locator('blockquote');
    await expect(quote).toBeHidden();
    await item.locator('summary').click();
    await expect(quote).toBeVisible();
    await expect(quote).toContainText(o.quote!);
    await expect(item.locator(`a[href="${o.url}"]`)).toBeVisible();
  }
  await context.close();
});

test('where nothing was found, the page says so and lists the searches tried', async ({ page }) => {
  const none = stored.find((o) => o.kind === 'none found' && o.about[0]!.row === 'accuracy-stated')!;
  await page.goto('/datasets/mine-maps');
  const item = page.locator(`[data-other="${none.id}"]`);
  await expect(item).toContainText('No other source found');
  await item.locator('summary').click();
  for (const s of none.searches!) await expect(item.locator('code', { hasText: s })).toHaveCount(1);
});

test('the comparison chart draws the report’s figure and each source as separate marks; the report’s charts show no other source', async ({
  page,
}) => {
  await page.goto('/datasets/casualties');
  // Counterparts in the report row's unit with a number or a range.
  const drawn = beside('casualties', 'combatants-killed-official').filter(
    (o) => o.kind !== 'none found' && o.unit === 'people' && (o.value != null || (o.low != null && o.high != null)),
  );
  const svg = page.locator('[data-compare="combatants-killed-official"] .svg-wide svg');
  await expect(svg.locator('[data-origin="report"]')).toHaveCount(1);
  await expect(svg.locator('[data-origin="report"]')).toContainText('up to seven thousand');
  // The report's "up to" is drawn open below, as on its own charts: a bar filled with the fade, no solid fill.
  expect(await svg.locator('[data-origin="report"] rect.bar').getAttribute('style')).toContain('url(#');
  await expect(svg.locator('[data-origin="other"]')).toHaveCount(drawn.length);
  for (const o of drawn) {
    const mark = svg.locator(`[data-mark="${o.id}"]`);
    await expect(mark).toHaveCount(1);
    await expect(mark.locator('.value-label')).toHaveText(o.printed!);
    await expect(mark.locator('.compare-kind')).toHaveText(o.kind);
    // Never a bar from zero for another source: its mark holds no .bar.
    await expect(mark.locator('.bar')).toHaveCount(0);
  }
  const reportCharts = page.locator('figure.chart:not(.compare)');
  expect(await reportCharts.count()).toBeGreaterThan(0);
  const text = (await reportCharts.allTextContents()).join(' ');
  const casualtiesJson = JSON.stringify(await (await page.request.get('/data/casualties.json')).json());
  for (const o of stored)
    if (o.printed && o.printed.length >= 5 && !casualtiesJson.includes(o.printed))
      expect(text, `${o.id} in a chart of the report`).not.toContain(o.printed);
});

test('the figure finder filters “the report” / “other sources”', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/figures');
  await expect(page.locator('.finder-box')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const rows = page.locator('table.finder tbody tr');
  const visible = page.locator('table.finder tbody tr:not([hidden])');
  const all = await rows.count();
  await page.locator('select[data-facet="origin"]').selectOption('other-sources');
  await expect(page).toHaveURL(/\?origin=other-sources$/);
  await expect(visible).toHaveCount(stored.length + DERIVED);
  await expect(page.locator('table.finder tbody tr[data-origin="other-sources"]:not([hidden])')).toHaveCount(
    stored.length + DERIVED,
  );
  await expect(visible.filter({ hasText: '2,783' }).first()).toBeVisible();
  await page.locator('select[data-facet="origin"]').selectOption('report');
  await expect(visible).toHaveCount(all - stored.length - DERIVED);
  await expect(page.locator('table.finder tbody tr[data-origin="other-sources"]:not([hidden])')).toHaveCount(0);
  // A shared view reopens filtered.
  await page.goto('/figures?origin=other-sources&q=ohchr');
  await expect(page.locator('.finder-box')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(visible).toHaveCount(stored.filter((o) => /ohchr/i.test(JSON.stringify(o))).length);
});

test('the downloads carry them: CSV, JSON, the data package (datapackage-js) and the workbook (LibreOffice Calc)', async ({
  request,
}) => {
  test.setTimeout(90_000);
  const csv = parseCsv((await (await request.get('/data/other-sources.csv')).body()).toString('utf8'));
  const header = csv[0]!;
  expect(csv.length - 1).toBe(stored.length + DERIVED);
  for (const o of stored) {
    const line = csv.find((c) => c[0] === o.id);
    expect(line, o.id).toBeTruthy();
    expect(line![header.indexOf('about')]).toBe(o.about.map((a) => `${a.dataset}/${a.row}`).join(';'));
    if (o.printed) expect(line![header.indexOf('printed')]).toBe(o.printed);
  }
  const json = await (await request.get('/data/other-sources.json')).json();
  expect(json.rows.length).toBe(stored.length + DERIVED);

  const dir = mkdtempSync(join(tmpdir(), 'others-'));
  const save = async (path: string) => {
    const body = await (await request.get(`/data/${path}`)).body();
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
    return body;
  };
  const pkgJson = JSON.parse((await save('datapackage.json')).toString('utf8'));
  for (const r of pkgJson.resources) await save(r.path);
  const { Package } = await import('datapackage');
  const pkg = await Package.load(join(dir, 'datapackage.json'));
  expect(pkg.valid, JSON.stringify(pkg.errors)).toBe(true);
  const res = pkg.resources.find((r: { name: string }) => r.name === 'other-sources');
  const read = await res.read({ cast: true, keyed: true });
  expect(read.length).toBe(stored.length + DERIVED);
  const ukraine = read.find((r: { printed: string }) => r.printed === '13,100-13,300');
  expect([ukraine.value, Number(ukraine.low), Number(ukraine.high)]).toEqual([null, 13100, 13300]);

  await save('karabakh-report-figures.xlsx');
  const r = spawnSync(
    '/usr/bin/soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      join(dir, 'csv'),
      join(dir, 'karabakh-report-figures.xlsx'),
    ],
    { encoding: 'utf8', timeout: 80_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  const [sheetHeader, ...sheetRows] = parseCsv(
    readFileSync(join(dir, 'csv', 'karabakh-report-figures-other-sources.csv'), 'utf8'),
  );
  expect(sheetHeader).toEqual(header);
  expect(sheetRows.length).toBe(stored.length + DERIVED);
  for (const o of stored) {
    const line = sheetRows.find((c) => c[0] === o.id)!;
    if (o.quote) expect(line[header.indexOf('quote')], o.id).toBe(o.quote);
  }
});

test('the speaker notes carry them, in the web deck and in the PowerPoint file', async ({ page, request }) => {
  test.setTimeout(60_000);
  await page.goto('/brief?ids=casualties&slide=2');
  await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await page.keyboard.press('n');
  const notes = page.locator('section.slide.current .notes');
  await expect(notes).toContainText('Other source, not the report’s figure, beside “up to seven thousand”');
  for (const o of beside('casualties', 'combatants-killed-official')) await expect(notes).toContainText(o.quote!);

  const zip = await JSZip.loadAsync(await (await request.get('/data/casualties.pptx')).body());
  const notesXml = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
      .map((f) => zip.file(f)!.async('string')),
  );
  const all = notesXml
    .join(' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'");
  expect(all).toContain('Other source, not the report’s figure, beside “up to seven thousand”');
  for (const o of beside('casualties', 'combatants-killed-official')) expect(all).toContain(o.printed!);
});

test('every page says other sources are shown beside the report’s figures and are not the report’s', async ({
  page,
}) => {
  for (const path of ['/', '/datasets', '/datasets/peacekeeping', '/figures', '/sources']) {
    await page.goto(path);
    await expect(page.locator('footer [data-testid="others-standpoint"]'), path).toContainText(
      'they are not the report’s',
    );
  }
  await page.goto('/sources');
  const s = page.locator('#other-sources');
  await expect(s).toContainText('How they were chosen');
  await expect(s).toContainText('takes no side between sources');
});

test('axe finds nothing on the panels with every quote open, nor on the finder filtered to other sources', async ({
  page,
}) => {
  // Four views of a long page and the finder through axe: minutes on a busy 2-core host.
  test.setTimeout(300_000);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/datasets/casualties');
      for (const d of await page.locator('.others details').all())
        await d.evaluate((el) => el.setAttribute('open', ''));
      const onPage = await new AxeBuilder({ page })
        .include('.others')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(onPage.violations.map((v) => `${scheme} ${width}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
    }
  }
  await page.goto('/figures?origin=other-sources');
  await expect(page.locator('.finder-box')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const finder = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(finder.violations.map((v) => `${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
});
