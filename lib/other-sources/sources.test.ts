/**
 * The other sources' rows checked against the report's datasets and against themselves: the checks read the data
 * files directly (data/other-sources.ts, data/other-sources-sipri.ts), not through the code that serves them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OTHER_SOURCE_ROWS } from '../../data/other-sources';
import { SIPRI_EXTRACT } from '../../data/other-sources-sipri';
import { getCharts } from '../charts/registry';
import { getDatasets } from '../datasets/datasets';
import { formatFigure } from '../model/format';
import type { FigureRow, Row } from '../model/schema';
import { comparePanel } from './compare';
import { sipriDerivedRows } from './derived';
import { besideDataset, comparable, getOtherSources, hasComparisonChart, prepareOtherSources } from './sources';

const datasets = getDatasets();
// The kinds the issue lists, typed here rather than imported from the code under test.
const KINDS = [
  'independent research body',
  'international organisation',
  'official statement of a party',
  "news report of a party's statement",
  'independent news reporting',
  'aggregator or mirror',
];
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const stored = OTHER_SOURCE_ROWS as readonly Record<string, unknown>[];
const published = stored.filter((r) => r.kind !== 'none found');
const noneFound = stored.filter((r) => r.kind === 'none found');

describe('other sources: the stored rows', () => {
  it('are there: rows of published figures and "none found" rows', () => {
    assert.ok(published.length >= 80, `${published.length} published rows`);
    assert.ok(noneFound.length >= 1);
  });

  it('each point at existing rows of the report’s datasets', () => {
    for (const r of [...stored, ...sipriDerivedRows()]) {
      const about = r.about as { dataset: string; row: string }[];
      assert.ok(about.length >= 1, `${r.id}: about is empty`);
      for (const a of about) {
        const ds = datasets.find((d) => d.id === a.dataset);
        assert.ok(ds, `${r.id}: no dataset ${a.dataset}`);
        assert.ok(
          (ds.rows as readonly Row[]).some((x) => x.id === a.row),
          `${r.id}: no row ${a.dataset}/${a.row}`,
        );
      }
    }
  });

  it('each have an address, a publication date with its basis, and a kind from the list', () => {
    for (const r of [...published, ...sipriDerivedRows()]) {
      assert.match(String(r.url), /^https?:\/\/[^\s/]+\.[^\s/]+\/?\S*$/, `${r.id}: url`);
      assert.match(String(r.published), DATE, `${r.id}: published`);
      assert.ok(typeof r.publishedBasis === 'string' && r.publishedBasis.length > 10, `${r.id}: publishedBasis`);
      assert.ok(KINDS.includes(String(r.kind)), `${r.id}: kind "${r.kind}"`);
    }
  });

  it('each quote contains the figure as printed, word for word', () => {
    for (const r of published) {
      assert.equal(typeof r.printed, 'string', `${r.id}`);
      assert.ok(
        String(r.quote).includes(String(r.printed)),
        `${r.id}: “${r.printed}” is not in its quote “${r.quote}”`,
      );
    }
  });

  it('keep a bound a bound: an open side is null, a point has low = high = value', () => {
    for (const r of published) {
      const { value, low, high, qualifier } = r as {
        value: number | null;
        low: number | null;
        high: number | null;
        qualifier: string | null;
      };
      if (qualifier === 'up to' || qualifier === 'nearly') assert.ok(low === null && high === value, `${r.id}`);
      else if (qualifier === 'over') assert.ok(high === null && low === value, `${r.id}`);
      else if (value !== null) assert.ok(low === value && high === value, `${r.id}`);
    }
    // The wording of a bound in the source sits in its row: "almost 6,500" is "nearly", "more than 6,500" is "over".
    const byPrinted = (p: string) => published.find((r) => r.printed === p)!;
    assert.equal(byPrinted('almost 6,500').qualifier, 'nearly');
    assert.equal(byPrinted('more than 6,500').qualifier, 'over');
  });

  it('"none found" rows name the searches tried and carry no figure', () => {
    for (const r of noneFound) {
      assert.ok(Array.isArray(r.searches) && (r.searches as string[]).length >= 1, `${r.id}`);
      assert.equal(r.url, undefined, `${r.id}`);
      assert.equal(r.printed, undefined, `${r.id}`);
    }
  });

  it('cover the headline of every dataset and every figure the report prints in the six named datasets', () => {
    const served = getOtherSources();
    const covered = (d: string, row: string) =>
      served.some((o) => o.about.some((a) => a.dataset === d && a.row === row));
    // Every dataset of figures or events; the places dataset lists where the report's figures happened, it has none.
    for (const d of datasets.filter((x) => x.kind !== 'places'))
      assert.ok(covered(d.id, d.headline), `${d.id}: headline ${d.headline}`);
    for (const id of [
      'casualties',
      'arms-imports',
      'mine-maps',
      'displacement-and-territory',
      'peacekeeping',
      'parliamentary-votes',
    ]) {
      const ds = datasets.find((d) => d.id === id)!;
      for (const row of ds.rows as readonly Row[])
        if (row.claimType !== 'derived') assert.ok(covered(id, row.id), `${id}/${row.id}`);
    }
  });

  it('stop the build when a row names a row the report lacks', () => {
    const bad = { ...(getOtherSources()[0] as object), about: [{ dataset: 'casualties', row: 'no-such-row' }] };
    assert.throws(() => prepareOtherSources([bad as never], datasets), /no row "no-such-row"/);
  });
});

describe('other sources: SIPRI sums derived in code', () => {
  // Read the stored records independently: plain comma split (the records hold no quoted cell), columns by header.
  const header = SIPRI_EXTRACT.header.split(',');
  const col = (n: string) => header.indexOf(n);
  const cells = SIPRI_EXTRACT.records.map((l) => {
    assert.ok(!l.includes('"'));
    return l.split(',');
  });
  const sumOf = (recipient: string) =>
    cells
      .filter(
        (c) =>
          c[col('Recipient')] === recipient &&
          Number(c[col('Delivery year')]) >= 2011 &&
          Number(c[col('Delivery year')]) <= 2020,
      )
      .reduce((s, c) => s + Number(c[col('TIV delivery values')]), 0);

  it('are the sums of the stored records, as computed when the data was read (3,345.28 and 397.6)', () => {
    const [az, am, ratio] = sipriDerivedRows();
    assert.ok(Math.abs(sumOf('Azerbaijan') - 3345.28) < 0.005);
    assert.ok(Math.abs(sumOf('Armenia') - 397.6) < 0.005);
    assert.equal(az!.value, 3345.28);
    assert.equal(am!.value, 397.6);
    assert.equal(ratio!.value, 8.41);
    assert.equal(az!.inputs!.length, 144);
    assert.equal(am!.inputs!.length, 17);
  });

  it('are labelled derived, with the formula and each input named', () => {
    for (const r of sipriDerivedRows()) {
      assert.equal(r.claimType, 'derived');
      assert.ok(r.formula && r.inputs && r.inputs.length > 0);
      assert.match(r.printed, /\(derived\)$/);
    }
    const [az] = sipriDerivedRows();
    for (const id of az!.inputs!) {
      const [, atId, year] = /^sipri-(\d+)-(\d{4})$/.exec(id)!;
      assert.ok(
        cells.some((c) => c[0] === atId && c[col('Delivery year')] === year && c[col('Recipient')] === 'Azerbaijan'),
        id,
      );
    }
  });
});

describe('other sources stay out of the report’s charts', () => {
  const others = getOtherSources().filter((o) => o.kind !== 'none found') as {
    id: string;
    printed: string;
    value: number | null;
  }[];
  const reportRows = new Set(datasets.flatMap((d) => d.rows as readonly Row[]));
  // What the report's own rows may print: their data and their figures with qualifier and unit ("1,960 troops").
  const reportText =
    JSON.stringify(datasets) +
    datasets
      .flatMap((d) => (d.rows as readonly Row[]).filter((r): r is FigureRow => 'value' in r).map(formatFigure))
      .join('|');

  it('every row a chart of the report draws is one of the report’s rows', () => {
    for (const c of getCharts()) {
      for (const r of [...c.rows, ...c.panels.flatMap((p) => p.rows)])
        assert.ok(reportRows.has(r), `${c.datasetId}/${c.id} draws a row that is not the report’s: ${r.id}`);
    }
  });

  it('no other source’s id or wording appears in any chart of the report', () => {
    const distinctive = others.filter((o) => o.printed.length >= 6 && !reportText.includes(o.printed));
    assert.ok(distinctive.length > 50);
    for (const c of getCharts()) {
      const text = JSON.stringify({ ...c, spec: undefined });
      for (const o of others) assert.ok(!text.includes(`"${o.id}"`), `${c.datasetId}/${c.id} names ${o.id}`);
      for (const o of distinctive) assert.ok(!text.includes(o.printed), `${c.datasetId}/${c.id} shows “${o.printed}”`);
    }
  });
});

describe('comparison charts', () => {
  const casualties = datasets.find((d) => d.id === 'casualties')!;
  const beside = besideDataset(casualties);
  const combatants = beside.find((b) => b.row.id === 'combatants-killed-official')!;
  const row = combatants.row as FigureRow;
  const drawn = comparable(row, combatants.others);

  it('are drawn where a figure has several counterparts in its unit', () => {
    assert.ok(hasComparisonChart(row, combatants.others));
    assert.ok(drawn.length >= 5);
  });

  it('draw the report’s figure and each source as separate marks, each labelled by its source and kind', () => {
    const p = comparePanel(row, ['The report', 'up to'], drawn, { width: 720 });
    assert.equal(p.marks.length, drawn.length + 1);
    assert.equal(new Set(p.marks.map((m) => m.id)).size, p.marks.length);
    assert.deepEqual(
      p.marks.map((m) => m.origin),
      ['report', ...drawn.map(() => 'other')],
    );
    drawn.forEach((o, i) => {
      const m = p.marks[i + 1]!;
      assert.equal(m.id, o.id);
      assert.equal(m.valueText, o.printed);
      assert.ok(o.publisher.startsWith(m.label[0]!.replace(/…$/, '')), m.label[0]);
      assert.equal(m.label[1], o.kind);
    });
  });

  it('draw the report’s "up to" open below, as its own charts do, and another’s "over" open above', () => {
    const p = comparePanel(row, ['The report', 'up to'], drawn, { width: 720 });
    const report = p.marks[0]!;
    assert.equal(row.qualifier, 'up to');
    assert.equal(report.shape, 'upper');
    assert.equal(report.x0, p.plotLeft);
    const over = p.marks.find((m) => m.valueText === 'more than 6,500')!;
    assert.equal(over.shape, 'lower');
    assert.equal(over.x1, p.plotRight);
    const about = p.marks.find((m) => m.valueText === 'about 6,000')!;
    assert.equal(about.shape, 'approx');
    assert.equal(about.x0, about.x1, 'another source’s point is a dot, not a bar from zero');
  });

  it('draw a range as a range', () => {
    const ukraine = beside.find((b) => b.row.id === 'ukraine-russia-fatalities')!;
    const p = comparePanel(ukraine.row as FigureRow, ['The report', 'up to'], comparable(ukraine.row, ukraine.others), {
      width: 720,
    });
    const range = p.marks.find((m) => m.valueText === '13,100-13,300')!;
    assert.equal(range.shape, 'range');
    assert.equal(range.caps.length, 2);
    assert.ok(range.x1 > range.x0);
  });
});
