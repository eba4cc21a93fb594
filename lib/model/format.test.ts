import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getDatasets } from '../datasets/datasets';
import { formatDecimal, formatFigure, formatTick } from './format';

/** A small deterministic generator, so a failure names a value that can be replayed. */
function* samples(n: number): Generator<number> {
  let s = 0x2545f491;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  for (let i = 0; i < n; i++) {
    const scale = 10 ** Math.floor(next() * 14 - 4);
    const v = (next() - 0.3) * scale;
    yield v;
    yield Math.round(v * 1000) / 1000; // values with short decimals, where half-way cases live
    yield Math.round(v * 200) / 1000 + 0.005;
  }
}

describe('formatDecimal (no Intl on the page)', () => {
  it('matches Intl.NumberFormat en-US for edge cases and 12,000 generated values, 0 to 3 decimals', () => {
    const edges = [
      0, -0, 1, -1, 1.5e-7, -5e-7, 5e-324, 0.0000095, 9.5e20, 0.5, 1.005, 2.675, 0.285, 999.995, 999999.999, 1e20,
      123456789.125, -0.004, -0.005, 3274000000, 400000000, 189000, 7000,
    ];
    for (const digits of [0, 1, 2, 3]) {
      const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
      for (const v of [...edges, ...samples(1000)]) {
        assert.equal(formatDecimal(v, digits), intl.format(v), `${v} with ${digits} decimals`);
      }
    }
  });

  it('matches Intl for every stored value, low and high bound', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    let n = 0;
    for (const ds of getDatasets()) {
      if (ds.kind !== 'figures') continue;
      for (const r of ds.rows) {
        for (const v of [r.value, r.low, r.high]) {
          if (v === null) continue;
          assert.equal(formatDecimal(v), intl.format(v), `${ds.id}/${r.id}: ${v}`);
          n++;
        }
      }
    }
    assert.ok(n > 100, `only ${n} values checked`);
  });

  it('leaves non-finite values readable', () => {
    assert.equal(formatDecimal(Number.NaN), 'NaN');
    assert.equal(formatDecimal(Number.POSITIVE_INFINITY), 'Infinity');
  });

  it('keeps the unit formats', () => {
    assert.equal(formatFigure({ value: 3274000000, unit: 'US$', qualifier: 'exact' }), '$3.274 billion');
    assert.equal(formatFigure({ value: 7000, unit: 'people', qualifier: 'up to' }), 'up to 7,000 people');
    assert.equal(formatFigure({ value: 8.2173, unit: '×', qualifier: 'exact' }), '8.2×');
    assert.equal(formatTick(14000, 'people'), '14K');
    assert.equal(formatTick(3300000000, 'US$'), '$3.3B');
    assert.equal(formatTick(25, '%'), '25%');
    // One scale per axis: the axis's largest tick decides.
    assert.deepEqual(
      [0, 5000, 10000, 15000].map((v) => formatTick(v, 'people', 15000)),
      ['0', '5K', '10K', '15K'],
    );
    assert.deepEqual(
      [0, 500, 1000].map((v) => formatTick(v, 'mines', 1000)),
      ['0', '500', '1,000'],
    );
    assert.deepEqual(
      [0, 500000000, 1000000000].map((v) => formatTick(v, 'US$', 1000000000)),
      ['$0', '$0.5B', '$1B'],
    );
  });
});
