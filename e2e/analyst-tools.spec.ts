/**
 * Into the analyst's tools, opened with the programs analysts use: datapackage-js reads the data package cast by
 * its schema, LibreOffice Calc reads every sheet of the workbook, pandoc reads the BibTeX and CSL-JSON, unzip
 * tests the bundle. Every file is fetched from the running server.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { parseCsv } from '../lib/outputs/csv';
import { getDataset } from '../lib/datasets/datasets';
import { datasetSheet } from '../lib/outputs/xlsx';
import { DATASET_IDS, expect, test } from './fixtures';

const tool = (name: string, pkg: string) => {
  const p = `/usr/bin/${name}`;
  if (!existsSync(p)) throw new Error(`${name} is needed for this test: apt-get install ${pkg}`);
  return p;
};

async function save(request: import('@playwright/test').APIRequestContext, dir: string, path: string): Promise<Buffer> {
  const res = await request.get(`/data/${path}`);
  expect(res.status(), path).toBe(200);
  const body = await res.body();
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), body);
  return body;
}

test('datapackage-js loads the data package and reads every resource cast by its schema; sizes and hashes match the served files', async ({
  request,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'dp-'));
  const pkgJson = JSON.parse((await save(request, dir, 'datapackage.json')).toString('utf8'));
  expect(pkgJson.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
  for (const r of pkgJson.resources) {
    const body = await save(request, dir, r.path);
    expect(body[0], `${r.path}: no byte-order mark`).not.toBe(0xef);
    expect(body.length).toBe(r.bytes);
    expect(createHash('md5').update(body).digest('hex')).toBe(r.hash);
  }
  const { Package } = await import('datapackage');
  const pkg = await Package.load(join(dir, 'datapackage.json'));
  expect(pkg.valid, JSON.stringify(pkg.errors)).toBe(true);
  // Every dataset, and the other sources beside them (their own resource, not one of the report's datasets).
  expect(pkg.resources.map((r: { name: string }) => r.name).sort()).toEqual([...DATASET_IDS, 'other-sources'].sort());
  for (const r of pkg.resources) {
    const rows = await r.read({ cast: true, keyed: true });
    const json = await (await request.get(`/data/${r.name}.json`)).json();
    expect(rows.length, r.name).toBe(json.rows.length);
    rows.forEach((row: Record<string, unknown>, i: number) => {
      expect(row.id).toBe(json.rows[i].id);
      if ('value' in row) {
        // A range or a row without a number (other sources) has no value: an empty cell, read as null.
        expect(row.value === null ? null : Number(row.value)).toBe(json.rows[i].value);
        expect(row.low === null ? null : Number(row.low)).toBe(json.rows[i].low);
      }
    });
  }
});

test('LibreOffice Calc reads every sheet of the workbooks: the rows equal the JSON rows, and formula-like text stays text', async ({
  request,
}) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
  const files = ['karabakh-report-figures.xlsx', ...DATASET_IDS.map((id) => `${id}.xlsx`), 'formula-like.xlsx'];
  for (const f of files.slice(0, -1)) await save(request, dir, f);
  // The report has no text that starts like a formula: a copy of one row with such texts, written by the same writer.
  const casualties = getDataset('casualties')!;
  const fake = {
    ...casualties,
    rows: [{ ...casualties.rows[0]!, quote: '=1+1', note: '+SUM(1,2)', label: '-3', group: '@A1' }],
  } as typeof casualties;
  writeFileSync(
    join(dir, 'formula-like.xlsx'),
    await writeExcelFile([datasetSheet(fake)] as Parameters<typeof writeExcelFile>[0]).toBuffer(),
  );
  const r = spawnSync(
    tool('soffice', 'libreoffice-calc'),
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      join(dir, 'csv'),
      ...files.map((f) => join(dir, f)),
    ],
    { encoding: 'utf8', timeout: 80_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  for (const id of DATASET_IDS) {
    const json = await (await request.get(`/data/${id}.json`)).json();
    for (const sheetFile of [`karabakh-report-figures-${id}.csv`, `${id}-${id}.csv`]) {
      const [header, ...rows] = parseCsv(readFileSync(join(dir, 'csv', sheetFile), 'utf8'));
      expect(header, sheetFile).toEqual([...json.fields.map((f: { name: string }) => f.name), 'link']);
      expect(rows.length, sheetFile).toBe(json.rows.length);
      rows.forEach((cells, i) => {
        const want = json.rows[i];
        json.fields.forEach((f: { name: string; type: string }, k: number) => {
          const v = want[f.name];
          const where = `${sheetFile} ${want.id}.${f.name}`;
          // Calc writes 15 significant digits: a derived ratio comes back to within 1e-12 of its value.
          if (typeof v === 'number')
            expect(Math.abs(Number(cells[k]) - v), where).toBeLessThanOrEqual(Math.abs(v) * 1e-12);
          else expect(cells[k], where).toBe(v === null ? '' : Array.isArray(v) ? v.join(';') : String(v));
        });
      });
    }
    for (const extra of ['README', 'Fields'])
      expect(existsSync(join(dir, 'csv', `${id}-${extra}.csv`)), `${id}: ${extra} sheet`).toBe(true);
  }
  const [head, row] = parseCsv(readFileSync(join(dir, 'csv', 'formula-like-casualties.csv'), 'utf8'));
  for (const [col, text] of [
    ['quote', '=1+1'],
    ['note', '+SUM(1,2)'],
    ['label', '-3'],
    ['group', '@A1'],
  ] as const)
    expect(row![head!.indexOf(col)], col).toBe(text);
  const readme = readFileSync(join(dir, 'csv', 'karabakh-report-figures-README.csv'), 'utf8');
  expect(readme).toContain('think tank in Baku');
  expect(readme).toContain('How to cite');
});

/** Text lines of a PDF as pdftotext -bbox-layout gives them: page number and box. */
function pdfLines(pdf: string): { page: number; x0: number; x1: number; y0: number; y1: number; text: string }[] {
  const r = spawnSync(tool('pdftotext', 'poppler-utils'), ['-bbox-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  expect(r.status, r.stderr).toBe(0);
  const out: { page: number; x0: number; x1: number; y0: number; y1: number; text: string }[] = [];
  const num = (tag: string, k: string) => Number(new RegExp(`${k}="(-?[\\d.]+)"`).exec(tag)![1]);
  r.stdout.split('<page ').forEach((page, p) => {
    for (const m of page.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...m[2]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ');
      out.push({
        page: p,
        x0: num(m[1]!, 'xMin'),
        x1: num(m[1]!, 'xMax'),
        y0: num(m[1]!, 'yMin'),
        y1: num(m[1]!, 'yMax'),
        text: words,
      });
    }
  });
  return out;
}

test('every sheet of every workbook prints legibly from LibreOffice Calc: no two text lines of a column drawn over each other', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-pdf-'));
  const files = ['karabakh-report-figures.xlsx', ...DATASET_IDS.map((id) => `${id}.xlsx`)];
  for (const f of files) await save(request, dir, f);
  const r = spawnSync(
    tool('soffice', 'libreoffice-calc'),
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      join(dir, 'pdf'),
      ...files.map((f) => join(dir, f)),
    ],
    { encoding: 'utf8', timeout: 110_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  for (const f of files) {
    const lines = pdfLines(join(dir, 'pdf', f.replace(/\.xlsx$/, '.pdf')));
    expect(lines.length, f).toBeGreaterThan(50);
    const overlaps: string[] = [];
    for (let i = 0; i < lines.length; i++)
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i]!;
        const b = lines[j]!;
        if (a.page !== b.page) continue;
        const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        // Two lines share a stretch of the page across and more than 40 % of a line’s height down (the glyph boxes of two lines of one wrapped cell share about 15 %).
        if (dx > 1 && dy > 0.4 * Math.min(a.y1 - a.y0, b.y1 - b.y0))
          overlaps.push(`page ${a.page}: "${a.text.slice(0, 30)}" over "${b.text.slice(0, 30)}"`);
      }
    expect(overlaps.slice(0, 5), `${f}: ${overlaps.length} overlapping lines`).toEqual([]);
  }
  // The README sheet is there and reads whole (its explanation of open bounds is one of its wrapped rows).
  const all = pdfLines(join(dir, 'pdf', 'mine-maps.pdf'))
    .map((l) => l.text)
    .join(' ');
  expect(all).toContain('the low cell is empty (the lower side is open)');
});

test('pandoc reads each BibTeX and CSL-JSON file back with its title and year; unzip tests the bundle and lists its files', async ({
  request,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'cite-'));
  const pandoc = tool('pandoc', 'pandoc');
  for (const id of DATASET_IDS) {
    const json = await (await request.get(`/data/${id}.json`)).json();
    for (const [file, from] of [
      [`${id}.bib`, 'bibtex'],
      [`${id}.csl.json`, 'csljson'],
    ] as const) {
      await save(request, dir, file);
      const out = spawnSync(pandoc, ['-f', from, '-t', 'csljson', join(dir, file)], { encoding: 'utf8' });
      expect(out.status, out.stderr).toBe(0);
      const items = JSON.parse(out.stdout) as { title: string; issued: { 'date-parts': number[][] }; type: string }[];
      expect(
        items.map((x) => x.title.toLowerCase()),
        file,
      ).toContain(json.title.toLowerCase());
      expect(
        items.map((x) => x.title),
        file,
      ).toContain('The 44-Day Karabakh War: Conclusions and Ramifications');
      expect(items.find((x) => x.title.startsWith('The 44-Day'))!.issued['date-parts'][0]![0]).toBe(2021);
    }
    const ris = (await save(request, dir, `${id}.ris`)).toString('utf8');
    expect(ris.startsWith('TY  - DATA\r\n')).toBe(true);
  }
  await save(request, dir, 'karabakh-report-figures.zip');
  const unzip = tool('unzip', 'unzip');
  const t = spawnSync(unzip, ['-t', join(dir, 'karabakh-report-figures.zip')], { encoding: 'utf8' });
  expect(t.status, t.stdout).toBe(0);
  expect(t.stdout).toContain('No errors detected');
  const list = spawnSync(unzip, ['-Z1', join(dir, 'karabakh-report-figures.zip')], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean);
  expect(list).toEqual(
    expect.arrayContaining([
      'README.md',
      'CITATION.cff',
      'CHANGELOG.md',
      'datapackage.json',
      'karabakh-report-figures.xlsx',
      ...DATASET_IDS.map((id) => `package/${id}.csv`),
      ...DATASET_IDS.map((id) => `json/${id}.json`),
    ]),
  );
});

test('a dataset page cites itself: a cite panel, JSON-LD and citation meta tags, and a permalink that marks its row', async ({
  page,
}) => {
  await page.goto('/datasets/mine-maps#agdam-mines');
  await expect(page.locator('tr#agdam-mines')).toBeInViewport();
  const marked = await page
    .locator('tr#agdam-mines > *')
    .first()
    .evaluate((el) => getComputedStyle(el).boxShadow);
  expect(marked).not.toBe('none');
  expect(
    await page
      .locator('tr#agdam-detainees > *')
      .first()
      .evaluate((el) => getComputedStyle(el).boxShadow),
  ).toBe('none');
  await expect(page.getByTestId('dataset-citation')).toContainText('Minefield maps handed over');
  for (const ext of ['bib', 'ris', 'csl.json'])
    await expect(page.locator(`.cite-panel a[href="/data/mine-maps.${ext}"]`)).toBeVisible();
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('Dataset');
  expect(ld.isBasedOn.name).toBe('The 44-Day Karabakh War: Conclusions and Ramifications');
  expect(ld.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toEqual(
    expect.arrayContaining([expect.stringMatching(/\/data\/mine-maps\.csv$/)]),
  );
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute(
    'content',
    'Minefield maps handed over, and their stated accuracy',
  );
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('tr#agdam-mines .cite-button').click();
  await expect(page.getByTestId('cite-status')).toContainText('Citation copied: nearly 97,000');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('“Armenia handed over maps of nearly 97,000 anti-personnel and anti-tank mines”');
  expect(copied).toContain('Section 2, footnote 15');
  expect(copied).toContain('/datasets/mine-maps#agdam-mines');
});
