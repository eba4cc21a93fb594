import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REGISTRY } from '../../data/registry';
import { product, ratio, sum } from './bound-arithmetic';
import { getDatasets } from './datasets';
import { DERIVATIONS, deriveRow } from './derive';
import { formatFigure, formatPartialDate, formatValue, shortCitation } from '../model/format';
import { rowById } from '../model/rows';
import type { FigureDataset } from '../model/schema';

const exact = (v: number) => ({ value: v, low: v, high: v, qualifier: 'exact' as const });

describe('bounded arithmetic', () => {
  it('keeps an upper bound open below when summed with exact figures', () => {
    assert.deepEqual(sum([{ value: 97000, low: null, high: 97000, qualifier: 'nearly' }, exact(92000)]), {
      value: 189000,
      low: null,
      high: 189000,
      qualifier: 'nearly',
    });
    assert.deepEqual(sum([{ value: 100, low: 100, high: null, qualifier: 'over' }, exact(5)]), {
      value: 105,
      low: 105,
      high: null,
      qualifier: 'over',
    });
  });

  it('refuses to combine an upper and a lower bound', () => {
    assert.throws(() =>
      sum([
        { value: 7000, low: null, high: 7000, qualifier: 'up to' },
        { value: 100, low: 100, high: null, qualifier: 'over' },
      ]),
    );
  });

  it('makes a result approximate when any input is', () => {
    assert.equal(product({ value: 25, low: 25, high: 25, qualifier: 'some' }, exact(1000), 0.01).qualifier, 'about');
  });

  it('keeps an open side through a product or a sum with an approximate input: an approximate bound, never a point', () => {
    // some 25 percent of nearly 189,000: 0.25 × 189,000 = 47,250, at most about that many.
    assert.deepEqual(
      product(
        { value: 25, low: 25, high: 25, qualifier: 'some' },
        { value: 189000, low: null, high: 189000, qualifier: 'nearly' },
        0.01,
      ),
      { value: 47250, low: null, high: 47250, qualifier: 'up to about' },
    );
    // over 100 plus about 5: more than about 105.
    assert.deepEqual(
      sum([
        { value: 100, low: 100, high: null, qualifier: 'over' },
        { value: 5, low: 5, high: 5, qualifier: 'about' },
      ]),
      { value: 105, low: 105, high: null, qualifier: 'over about' },
    );
    // An approximate bound stays one when combined again with an exact figure.
    assert.equal(
      sum([{ value: 10, low: null, high: 10, qualifier: 'up to about' }, exact(2)]).qualifier,
      'up to about',
    );
  });

  it('computes ratios, opening the right side', () => {
    assert.deepEqual(ratio(exact(10), exact(4)), { value: 2.5, low: 2.5, high: 2.5, qualifier: 'exact' });
    const r = ratio({ value: 10, low: 10, high: null, qualifier: 'over' }, exact(2));
    assert.equal(r.qualifier, 'over');
    assert.throws(() => ratio(exact(1), exact(0)));
  });
});

describe('derived rows', () => {
  const get = (ds: string, id: string) =>
    rowById((getDatasets().find((d) => d.id === ds) as FigureDataset).rows, id, ds);

  it('refuse a derivation whose input row is missing, naming it', () => {
    const spec = {
      ...(DERIVATIONS['arms-imports']?.[0] as (typeof DERIVATIONS)[string][number]),
      inputs: ['azerbaijan-arms-imports-2011-2020', 'no-such-row'],
    };
    const rows = (REGISTRY.find((d) => d.id === 'arms-imports') as FigureDataset).rows;
    assert.throws(() => deriveRow(spec, rows), /derivation arms-imports-ratio: no row "no-such-row"/);
  });

  it('are never typed into data files', () => {
    for (const ds of REGISTRY)
      for (const row of ds.rows) assert.notEqual(row.claimType, 'derived', `${ds.id}/${row.id}`);
  });

  it('computes the arms-import ratio from the two stored figures', () => {
    const r = get('arms-imports', 'arms-imports-ratio');
    assert.equal(r.claimType, 'derived');
    // $3.274 billion ÷ $398 million, worked by hand: 3,274 ÷ 398 = 8 remainder 90, and 90 ÷ 398 = 0.22613…
    assert.ok(Math.abs(r.value - 8.2261306533) < 1e-9, String(r.value));
    assert.equal(r.printed, '8.2×');
    assert.deepEqual(r.derivedFrom, ['azerbaijan-arms-imports-2011-2020', 'armenia-arms-imports-2011-2020']);
  });

  it('totals the mines on the maps as an upper bound, and labels the accuracy illustration', () => {
    const total = get('mine-maps', 'total-mines-on-maps');
    // "nearly 97,000" (Aghdam) and "92,000" (Fuzuli and Zangilan): 189,000, at most.
    assert.equal(total.value, 189000);
    assert.equal(total.high, 189000);
    assert.equal(total.printed, 'nearly 189,000 mines');
    assert.equal(total.qualifier, 'nearly');
    assert.equal(total.low, null);
    const illus = get('mine-maps', 'accurately-mapped-illustration');
    // Some 25 percent of nearly 97,000 + 92,000 mines, worked by hand: 0.25 × 189,000 = 47,250, an approximate upper bound.
    assert.equal(illus.value, 47250);
    assert.equal(illus.low, null);
    assert.equal(illus.high, 47250);
    assert.equal(illus.qualifier, 'up to about');
    assert.equal(illus.printed, 'up to about 47,250 mines');
    assert.match(illus.label, /Illustration, not a count/);
  });

  it('derives vote shares from the printed votes', () => {
    const s = get('parliamentary-votes', 'french-senate-share-for');
    // 305 votes for, 1 against: 305 of 306 votes cast, 99.6732…%.
    assert.ok(Math.abs(s.value - 99.67320261) < 1e-7, String(s.value));
    assert.equal(s.unit, '%');
  });
});

describe('formatting', () => {
  it('formats bounds with their qualifier and units as printed', () => {
    assert.equal(formatFigure({ value: 7000, unit: 'people', qualifier: 'up to' }), 'up to 7,000 people');
    assert.equal(formatFigure({ value: 24, unit: '%', qualifier: 'about' }), 'about 24%');
    assert.equal(formatValue(3_274_000_000, 'US$'), '$3.274 billion');
    assert.equal(formatValue(398_000_000, 'US$'), '$398 million');
  });

  it('formats partial dates at their own precision', () => {
    assert.equal(formatPartialDate('2021'), '2021');
    assert.equal(formatPartialDate('2021-06'), 'June 2021');
    assert.equal(formatPartialDate('2021-06-04'), '4 June 2021');
  });
});

describe('short citations', () => {
  it('drops the trailing web address, with or without a scheme, and cuts long ones at a word', () => {
    assert.equal(
      shortCitation('"Title", APA News Agency, 14 August 2021, apa.az/en/xeber/official-news/x-355814.'),
      '"Title", APA News Agency, 14 August 2021',
    );
    assert.equal(
      shortCitation('"Report", IMF Country Report No. 95/119, 19 December 1995, www.imf. org/en/Publications/CR.'),
      '"Report", IMF Country Report No. 95/119, 19 December 1995',
    );
    assert.equal(shortCitation('"A", Site, 2020, https://example.org/a/b.'), '"A", Site, 2020');
    const long = shortCitation('word '.repeat(60), 50);
    assert.ok(long.length <= 51 && long.endsWith('…'));
  });
});
