import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BOM, neutralize, parseCsv, toCsv, unneutralize } from './csv';
import { getDatasets } from '../datasets/datasets';
import { fieldsOf } from './fields';
import { createHash } from 'node:crypto';
import { dataPackage, packageCsv } from './datapackage';
import { datasetCsv, datasetJson } from './serialize';
import type { Field } from '../model/schema';

/** Our CSV read back into typed rows with the field list, as a reader's program would (the round trip below). */
function csvToRows(fields: Field[], csv: string): Record<string, unknown>[] {
  const [header, ...body] = parseCsv(csv);
  if (!header) return [];
  const names = fields.map((f) => f.name);
  if (header.join(',') !== names.join(','))
    throw new Error(`CSV header ${header.join(',')} does not match fields ${names.join(',')}`);
  return body.map((cells) => {
    const row: Record<string, unknown> = {};
    fields.forEach((f, i) => {
      const raw = cells[i] ?? '';
      if (raw === '') row[f.name] = null;
      else if (f.type === 'number' || f.type === 'integer') row[f.name] = Number(raw);
      else if (f.type === 'array') row[f.name] = unneutralize(raw).split(';');
      else row[f.name] = unneutralize(raw);
    });
    return row;
  });
}

const F = (name: string, type: Field['type'] = 'string'): Field => ({
  name,
  title: name,
  type,
  unit: null,
  description: '',
});

describe('CSV (RFC 4180)', () => {
  it('starts with a byte-order mark, has one header row and CRLF line ends', () => {
    const csv = toCsv([F('a'), F('b', 'number')], [{ a: 'x', b: 1 }]);
    assert.ok(csv.startsWith(BOM));
    assert.equal(csv, `${BOM}a,b\r\nx,1\r\n`);
  });

  it('quotes commas, quotes and line breaks, and doubles inner quotes', () => {
    const csv = toCsv([F('a')], [{ a: 'one, "two"\nthree' }]);
    assert.equal(csv, `${BOM}a\r\n"one, ""two""\nthree"\r\n`);
    assert.deepEqual(parseCsv(csv), [['a'], ['one, "two"\nthree']]);
  });

  it('neutralises text cells that a spreadsheet would read as a formula', () => {
    for (const bad of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) assert.equal(neutralize(bad), `'${bad}`);
    assert.equal(neutralize('up to 7,000'), 'up to 7,000');
    const csv = toCsv([F('a'), F('n', 'number')], [{ a: '=HYPERLINK("x")', n: -5 }]);
    assert.match(csv, /^\uFEFFa,n\r\n"'=HYPERLINK\(""x""\)",-5\r\n$/);
    assert.deepEqual(csvToRows([F('a'), F('n', 'number')], csv), [{ a: '=HYPERLINK("x")', n: -5 }]);
  });

  it('writes empty cells for nulls and reads them back as null', () => {
    const fields = [F('low', 'number'), F('high', 'number')];
    assert.deepEqual(csvToRows(fields, toCsv(fields, [{ low: null, high: 7000 }])), [{ low: null, high: 7000 }]);
  });
});

describe('downloads', () => {
  for (const ds of getDatasets()) {
    it(`${ds.id}: the CSV parses back to exactly the JSON rows, and the JSON rows equal the dataset`, () => {
      const json = JSON.parse(JSON.stringify(datasetJson(ds)));
      const fields = fieldsOf(ds);
      assert.deepEqual(csvToRows(fields, datasetCsv(ds)), json.rows);
      // Every row, in the report's order, with exactly the dictionary's fields in its order (the values of one row are
      // checked against the report below).
      assert.deepEqual(
        json.rows.map((r: { id: string }) => r.id),
        ds.rows.map((r) => r.id),
      );
      for (const r of json.rows)
        assert.deepEqual(
          Object.keys(r),
          fields.map((f) => f.name),
        );
      assert.deepEqual(Object.keys(json).slice(0, 7), [
        'id',
        'title',
        'description',
        'source',
        'caveats',
        'unit',
        'fields',
      ]);
      assert.ok(json.caveats.length > 0, 'every dataset has caveats');
    });
  }

  it('write the first casualty figure as the report gives it (section 5.2), in JSON and in the spreadsheet CSV', () => {
    const ds = getDatasets().find((d) => d.id === 'casualties')!;
    assert.deepEqual(JSON.parse(JSON.stringify(datasetJson(ds))).rows[0], {
      id: 'combatants-killed-official',
      group: 'War of 2020, both sides',
      label: 'Combatants killed, both sides (official reports)',
      printed: 'up to seven thousand',
      qualifier: 'up to',
      value: 7000,
      low: null,
      high: 7000,
      unit: 'people',
      date: '2020',
      section: '5.2',
      footnote: null,
      source: 'No footnote; the report cites "official reports" without naming them.',
      quote: 'According to official reports, up to seven thousand combatants',
      claimType: 'reported statistic',
      note: null,
      derivedFrom: null,
    });
    // The open lower side is an empty cell between the value and the bound.
    assert.equal(
      datasetCsv(ds).split('\r\n')[1],
      'combatants-killed-official,"War of 2020, both sides","Combatants killed, both sides (official reports)",up to seven thousand,up to,7000,,7000,people,2020,5.2,,"No footnote; the report cites ""official reports"" without naming them.","According to official reports, up to seven thousand combatants",reported statistic,,',
    );
  });

  it('the data package describes every BOM-less CSV with its schema, size and hash', () => {
    const datasets = getDatasets();
    const pkg = dataPackage(datasets, 'https://example.org');
    assert.equal(pkg.$schema, 'https://datapackage.org/profiles/2.0/datapackage.json');
    assert.match(pkg.version, /^\d+\.\d+\.\d+$/);
    // One resource per dataset, and the other sources' resource beside them (not one of the report's datasets).
    assert.equal(pkg.resources.length, datasets.length + 1);
    assert.equal(pkg.resources.at(-1)!.path, 'package/other-sources.csv');
    for (const ds of datasets) {
      const res = pkg.resources.find((r) => r.name === ds.id);
      assert.ok(res, ds.id);
      assert.equal(res.path, `package/${ds.id}.csv`);
      const csv = packageCsv(ds);
      assert.notEqual(csv.charCodeAt(0), 0xfeff, 'no byte-order mark');
      assert.equal(res.bytes, Buffer.byteLength(csv, 'utf8'));
      assert.equal(res.hash, createHash('md5').update(csv, 'utf8').digest('hex'));
      // The same header as the spreadsheet CSV, which keeps its mark.
      assert.deepEqual(
        res.schema.fields.map((f) => f.name),
        parseCsv(datasetCsv(ds))[0],
      );
      assert.equal(datasetCsv(ds).charCodeAt(0), 0xfeff);
      for (const f of res.schema.fields)
        assert.ok(['string', 'number', 'integer'].includes(f.type), `${ds.id}.${f.name}: ${f.type}`);
      const q = res.schema.fields.find((f) => f.name === 'claimType') as { categories?: string[] } | undefined;
      assert.deepEqual(q?.categories, [
        'reported statistic',
        'estimate',
        'statement by a party',
        'unofficial estimate',
        'derived',
        'named place',
      ]);
    }
  });
});
