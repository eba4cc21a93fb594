import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import writeExcelFile from 'write-excel-file/node';
import { OTHER_SOURCE_ROWS } from '../../data/other-sources';
import { getDataset, getDatasets } from '../datasets/datasets';
import { parseCsv } from './csv';
import { dataPackage } from './datapackage';
import { downloads, type Writers } from './downloads';
import { workbookSheets } from './xlsx';

const W: Writers = {
  Pptx: PptxGenJS,
  writeExcel: async (s) => new Uint8Array(await writeExcelFile(s as Parameters<typeof writeExcelFile>[0]).toBuffer()),
};
const file = (name: string) => downloads().find((d) => d.name === name);
const stored = OTHER_SOURCE_ROWS as readonly Record<string, unknown>[];
const SIPRI_ROWS = 3;

describe('other sources in the downloads', () => {
  it('has its own CSV (with a byte-order mark) and JSON, one row per stored row and per derived row', async () => {
    const csv = (await file('other-sources.csv')!.make(W)) as string;
    assert.equal(csv.charCodeAt(0), 0xfeff);
    const records = parseCsv(csv);
    const header = records[0]!;
    for (const f of [
      'about',
      'printed',
      'value',
      'low',
      'high',
      'qualifier',
      'unit',
      'publisher',
      'title',
      'url',
      'published',
      'asOf',
      'quote',
      'kind',
      'scope',
      'note',
    ])
      assert.ok(header.includes(f), f);
    assert.equal(records.length - 1, stored.length + SIPRI_ROWS);
    for (const r of stored) {
      const line = records.find((x) => x[0] === r.id);
      assert.ok(line, String(r.id));
      if (r.kind !== 'none found') {
        assert.equal(line[header.indexOf('printed')], r.printed);
        assert.equal(line[header.indexOf('url')], r.url);
        // An open side stays an empty cell.
        assert.equal(line[header.indexOf('low')], r.low === null ? '' : String(r.low));
        assert.equal(line[header.indexOf('high')], r.high === null ? '' : String(r.high));
      } else assert.equal(line[header.indexOf('kind')], 'none found');
    }
    const json = JSON.parse((await file('other-sources.json')!.make(W)) as string);
    assert.equal(json.rows.length, stored.length + SIPRI_ROWS);
    assert.match(json.description, /not the report’s/);
  });

  it('is a resource of the data package, with the same CSV as package/other-sources.csv', async () => {
    const pkg = dataPackage(getDatasets(), 'https://example.org');
    const res = pkg.resources.find((r) => r.name === 'other-sources')!;
    const csv = (await file('package/other-sources.csv')!.make(W)) as string;
    assert.notEqual(csv.charCodeAt(0), 0xfeff);
    assert.equal(res.bytes, Buffer.byteLength(csv, 'utf8'));
    assert.deepEqual(
      res.schema.fields.map((f) => f.name),
      parseCsv(csv)[0],
    );
  });

  it('is a sheet of the full workbook, and of a dataset’s workbook its own rows only', () => {
    const all = workbookSheets(getDatasets(), 'https://example.org');
    const sheet = all.find((s) => s.sheet === 'other-sources')!;
    assert.equal(sheet.data.length - 1, stored.length + SIPRI_ROWS);
    const one = workbookSheets([getDataset('peacekeeping')!], 'https://example.org').find(
      (s) => s.sheet === 'other-sources',
    )!;
    const peacekeeping = stored.filter((r) =>
      (r.about as { dataset: string }[]).some((a) => a.dataset === 'peacekeeping'),
    );
    assert.equal(one.data.length - 1, peacekeeping.length);
    assert.ok(peacekeeping.length > 0);
  });

  it('is in the zip bundle, and the bundle’s README says they are not the report’s', async () => {
    const zip = await JSZip.loadAsync((await file('karabakh-report-figures.zip')!.make(W)) as Uint8Array);
    assert.ok(zip.file('package/other-sources.csv'));
    assert.ok(zip.file('json/other-sources.json'));
    assert.match(await zip.file('README.md')!.async('string'), /they are not the report’s/);
  });
});
