/**
 * One bound, every output: an "up to", an "over" and an "about" figure read the same and get the same kind of mark on
 * the dataset page, in the embed, in the web deck, in the chart export, on the share card, in the PowerPoint file's
 * chart and in the workbook. The expected wording and kinds are written here by hand from the report.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { chartOf } from '../lib/charts/registry';
import { shareSvg } from '../lib/outputs/share-image';
import { expect, test } from './fixtures';

const CASES = [
  {
    dataset: 'casualties',
    chart: 'ranges',
    row: 'combatants-killed-official',
    text: 'up to 7,000 people',
    kind: 'upper',
    pptx: 'gradient',
  },
  {
    dataset: 'casualties',
    chart: 'ranges',
    row: 'total-killed-unofficial',
    text: 'over 10,000 people',
    kind: 'lower',
    pptx: 'stripes',
  },
  {
    dataset: 'agricultural-losses',
    chart: 'all-percentages',
    row: 'share-grain-revenues',
    text: 'about 24%',
    kind: 'approx',
    pptx: 'dashed',
  },
] as const;

/** The visible mark of a row inside `scope`: its kind and its value label. */
async function markOf(scope: import('@playwright/test').Locator, row: string) {
  const mark = scope.locator(`g.mark[data-row-id="${row}"]:visible`).first();
  await expect(mark).toBeAttached();
  return { kind: await mark.getAttribute('data-bound'), text: await mark.locator('.value-label').textContent() };
}

for (const c of CASES) {
  test(`${c.row}: “${c.text}” is a ${c.kind} mark on the page, in the embed and in the chart export`, async ({
    page,
  }) => {
    // Two pages and a download; the casualties page carries its other sources too (486 KB of HTML): about 45 s alone on
    // 2 cores, more beside another worker.
    test.setTimeout(180_000);
    await page.goto(`/datasets/${c.dataset}`);
    const fig = page.locator(`figure[data-chart="${c.chart}"]`);
    expect(await markOf(fig, c.row)).toEqual({ kind: c.kind, text: c.text });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      fig.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svg = await readFile((await download.path())!, 'utf8');
    const exported = new RegExp(`<g[^>]*data-row-id="${c.row}"[^>]*data-bound="${c.kind}"[\\s\\S]*?${c.text}`);
    expect(svg).toMatch(exported);

    await page.goto(`/embed/${c.dataset}/${c.chart}`);
    expect(await markOf(page.locator('main'), c.row)).toEqual({ kind: c.kind, text: c.text });
  });
}

test('the web deck draws each bound as the page does', async ({ page }) => {
  await page.goto('/brief');
  await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
  for (const c of CASES) {
    const mark = page.locator(`section.slide g.mark[data-row-id="${c.row}"]`).first();
    await expect(mark).toHaveAttribute('data-bound', c.kind);
    await expect(mark.locator('.value-label')).toHaveText(c.text);
  }
});

test('the share card draws each bound as the page does, before it is rasterised', () => {
  for (const c of CASES) {
    const svg = shareSvg(chartOf(c.dataset, c.chart)!, 'https://example.org');
    expect(svg).toMatch(new RegExp(`<g data-row-id="${c.row}" data-bound="${c.kind}">[\\s\\S]*?>${c.text}</text>`));
  }
});

test('the PowerPoint file labels each bar with the wording and fills it by its kind of bound', async ({ request }) => {
  const zip = await JSZip.loadAsync(await (await request.get('/data/brief.pptx')).body());
  const charts = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
      .map((n) => zip.file(n)!.async('string')),
  );
  for (const c of CASES) {
    const xml = charts.find((x) => x.includes(`<a:t>${c.text}</a:t>`));
    expect(xml, `a chart labelled “${c.text}”`).toBeDefined();
    const idx = new RegExp(`<c:dLbl><c:idx val="(\\d+)"/>(?:(?!</c:dLbl>)[\\s\\S])*<a:t>${c.text}</a:t>`).exec(
      xml!,
    )![1];
    const fill = new RegExp(`<c:dPt><c:idx val="${idx}"/>[\\s\\S]*?<c:spPr>(<a:\\w+)`).exec(xml!)?.[1];
    const kind = { '<a:gradFill': 'gradient', '<a:pattFill': 'stripes', '<a:solidFill': 'dashed' }[fill ?? ''];
    expect(kind, c.text).toBe(c.pptx);
  }
});

test('the workbook keeps the qualifier and says which cell an open side leaves empty', async ({ request }) => {
  const zip = await JSZip.loadAsync(await (await request.get('/data/casualties.xlsx')).body());
  const names = Object.keys(zip.files).filter((n) => /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/.test(n));
  const text = (await Promise.all(names.map((n) => zip.file(n)!.async('string'))))
    .join('')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  for (const w of ['up to seven thousand', 'over ten thousand', '>up to<', '>over<']) expect(text, w).toContain(w);
  expect(text).toContain('"nearly", "up to" and "up to about" are upper bounds: the low cell is empty');
  expect(text).toContain('"over" and "over about" are lower bounds: the high cell is empty');
});
