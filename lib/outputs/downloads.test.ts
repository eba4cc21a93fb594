import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import writeExcelFile from 'write-excel-file/node';
import { bibtex, cslJson, figureCitation, ris } from './citation';
import { getDataset } from '../datasets/datasets';
import { downloads, type Writers } from './downloads';
import { datasetSheet, type XCell } from './xlsx';

const W: Writers = {
  Pptx: PptxGenJS,
  writeExcel: async (s) => new Uint8Array(await writeExcelFile(s as Parameters<typeof writeExcelFile>[0]).toBuffer()),
};
const file = (name: string) => downloads().find((d) => d.name === name)!;
const casualties = getDataset('casualties')!;
const timeline = getDataset('timeline')!;

function cell(sheet: ReturnType<typeof datasetSheet>, rowId: string, column: string): XCell {
  const header = sheet.data[0]!.map((c) => (c && 'value' in c ? String(c.value) : ''));
  const row = sheet.data.find((r) => r[0] && 'value' in r[0] && r[0].value === rowId)!;
  const c = row[header.indexOf(column)]!;
  if (c === null) return c;
  // The cell's type and value; its layout (wrap, height, alignment) is tested in xlsx.test.ts.
  const { alignVertical: _a, ...rest } = c;
  if (!('wrap' in rest || 'height' in rest)) return rest as XCell;
  const { wrap: _w, height: _h, ...bare } = rest as Record<string, unknown>;
  return bare as XCell;
}

describe('workbooks, bundle and citations', () => {
  it('types workbook cells: numbers as numbers, an open bound empty, a day as a date, a month as text', () => {
    const s = datasetSheet(casualties, 'https://example.org');
    assert.deepEqual(cell(s, 'combatants-killed-official', 'value'), { type: Number, value: 7000 });
    assert.equal(cell(s, 'combatants-killed-official', 'low'), null);
    assert.deepEqual(cell(s, 'combatants-killed-official', 'qualifier'), { type: String, value: 'up to' });
    assert.equal(cell(s, 'civilians-killed-official', 'high'), null);
    assert.deepEqual(cell(s, 'kalbajar-killed-2021-06-04', 'date'), {
      type: Date,
      value: new Date('2021-06-04T00:00:00Z'),
      format: 'yyyy-mm-dd',
    });
    assert.deepEqual(cell(s, 'ganja-civilians-killed', 'date'), { type: String, value: '2020-10' });
    assert.deepEqual(cell(s, 'combatants-killed-official', 'link'), {
      type: 'Formula',
      value: 'HYPERLINK("https://example.org/datasets/casualties#combatants-killed-official","page of this figure")',
    });
    const t = datasetSheet(timeline, 'https://example.org');
    assert.deepEqual(cell(t, 'karabakh-war-1988-1994', 'date'), { type: String, value: '1988' });
    assert.equal(s.stickyRowsCount, 1);
    assert.equal(s.data.length, casualties.rows.length + 1);
  });

  it('keeps text that looks like a formula as text', () => {
    const fake = {
      ...casualties,
      rows: [{ ...casualties.rows[0]!, quote: '=HYPERLINK("http://x","y")', note: '+1', label: '-2', group: '@a' }],
    } as typeof casualties;
    const s = datasetSheet(fake, 'https://example.org');
    for (const col of ['quote', 'note', 'label', 'group']) {
      const c = cell(s, 'combatants-killed-official', col);
      assert.ok(c && c.type === String, `${col} is a text cell`);
    }
  });

  it('gives the same bytes for the workbook and the bundle when made twice, and the bundle lists its files', async () => {
    for (const name of ['karabakh-report-figures.xlsx', 'karabakh-report-figures.zip']) {
      const a = (await file(name).make(W)) as Uint8Array;
      const b = (await file(name).make(W)) as Uint8Array;
      assert.equal(Buffer.compare(Buffer.from(a), Buffer.from(b)), 0, name);
    }
    const zip = await JSZip.loadAsync((await file('karabakh-report-figures.zip').make(W)) as Uint8Array);
    const names = Object.keys(zip.files);
    for (const n of [
      'README.md',
      'CITATION.cff',
      'CHANGELOG.md',
      'datapackage.json',
      'package/casualties.csv',
      'json/timeline.json',
      'karabakh-report-figures.xlsx',
    ])
      assert.ok(names.includes(n), n);
    const readme = await zip.file('README.md')!.async('string');
    assert.match(readme, /think tank in Baku/);
    assert.match(readme, /## How to cite/);
  });

  it('writes BibTeX, RIS and CSL-JSON for the dataset and the report, and a figure citation with its phrase', () => {
    const b = bibtex(casualties, 'https://example.org');
    assert.match(b, /^@misc\{casualties2026,/);
    assert.match(b, /@techreport\{airreport2021,[\s\S]*author = \{Jafarova, Esmira and Huseynov, Vasif/);
    const r = ris(casualties, 'https://example.org').split('\r\n');
    assert.equal(r[0], 'TY  - DATA');
    assert.equal(r.filter((l) => l === 'ER  - ').length, 2);
    const c = cslJson(casualties, 'https://example.org');
    assert.equal(c[0]!.type, 'dataset');
    assert.equal(c[1]!.issued['date-parts'][0]![0], 2021);
    const f = figureCitation(casualties, casualties.rows[0]!, 'https://example.org');
    assert.equal(
      f,
      'up to seven thousand (Combatants killed, both sides (official reports); up to, reported statistic): “According to official reports, up to seven thousand combatants”. Esmira Jafarova, Vasif Huseynov, Orkhan Baghirov, Shahmar Hajiyev, Roza Asgarova. The 44-Day Karabakh War: Conclusions and Ramifications. Baku: Center of Analysis of International Relations (AIR Center), 2021. Section 5.2, no footnote. Via Karabakh report dashboard, https://example.org/datasets/casualties#combatants-killed-official',
    );
  });
});
