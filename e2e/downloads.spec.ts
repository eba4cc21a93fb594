import { readFile } from 'node:fs/promises';
import { parseCsv } from '../lib/outputs/csv';
import { DATASET_IDS, expect, test } from './fixtures';

for (const id of DATASET_IDS) {
  test(`${id}: CSV and JSON downloads hold the same rows`, async ({ request }) => {
    const csvRes = await request.get(`/data/${id}.csv`);
    expect(csvRes.status()).toBe(200);
    expect(csvRes.headers()['content-type']).toContain('text/csv');
    const bytes = await csvRes.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parseCsv(bytes.toString('utf8'));
    const jsonRes = await request.get(`/data/${id}.json`);
    expect(jsonRes.status()).toBe(200);
    const json = await jsonRes.json();
    expect(json.id).toBe(id);
    for (const key of ['title', 'description', 'source', 'caveats', 'fields', 'rows']) expect(json).toHaveProperty(key);
    const header = csv[0]!;
    expect(header).toEqual(json.fields.map((f: { name: string }) => f.name));
    expect(csv.length - 1).toBe(json.rows.length);
    json.rows.forEach((row: Record<string, unknown>, i: number) => {
      const cells = csv[i + 1]!;
      expect(cells[header.indexOf('id')]).toBe(row.id);
      if ('value' in row) {
        expect(Number(cells[header.indexOf('value')])).toBe(row.value);
        expect(cells[header.indexOf('low')]).toBe(row.low === null ? '' : String(row.low));
        expect(cells[header.indexOf('high')]).toBe(row.high === null ? '' : String(row.high));
      }
      expect(cells[header.indexOf('quote')]).toBe(row.quote);
    });
  });
}

test('the data package describes every CSV', async ({ request }) => {
  const res = await request.get('/data/datapackage.json');
  expect(res.status()).toBe(200);
  const pkg = await res.json();
  expect(pkg.profile).toBe('tabular-data-package');
  // The package's CSVs (no byte-order mark) sit under package/; the spreadsheet CSVs keep /data/<id>.csv.
  expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(
    [...DATASET_IDS, 'other-sources'].map((id) => `package/${id}.csv`).sort(),
  );
  for (const r of pkg.resources) expect(r.schema.fields.length).toBeGreaterThan(5);
});

test('clicking the CSV link downloads the file with the en dash intact', async ({ page }) => {
  await page.goto('/datasets/arms-imports');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /^CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('arms-imports.csv');
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('2011–2020');
  expect(text).toContain('$3.274 billion');
});

test('an unknown download is a 404', async ({ request }) => {
  for (const path of [
    '/data/nope.csv',
    '/data/casualties.docx',
    '/data/..%2Fpackage.json',
    '/data/casualties.csv.exe',
    '/data/package/nope.csv',
    '/data/package/casualties.json',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
