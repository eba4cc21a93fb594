import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderRows } from './order';
import { compareCells, nextSort, parseSort, serializeSort, type SortSpec } from './sort';

const COLS = ['label', 'value', 'low', 'high', 'footnote'];

describe('sort parameter', () => {
  it('parses ascending and descending columns', () => {
    assert.deepEqual(parseSort('value', COLS), { id: 'value', desc: false });
    assert.deepEqual(parseSort('-high', COLS), { id: 'high', desc: true });
  });

  it('ignores unknown, malformed, empty, huge and hostile values', () => {
    for (const bad of [
      '',
      '-',
      '--value',
      'Value',
      'nope',
      '<script>',
      'value;drop',
      'x'.repeat(5000),
      '-'.repeat(3),
      '__proto__',
      'constructor',
    ]) {
      assert.equal(parseSort(bad, COLS), null, JSON.stringify(bad.slice(0, 20)));
    }
    assert.equal(parseSort(undefined, COLS), null);
    assert.equal(parseSort(null, COLS), null);
  });

  it('takes the first of repeated parameters', () => {
    assert.deepEqual(parseSort(['-value', 'label'], COLS), { id: 'value', desc: true });
    assert.equal(parseSort([], COLS), null);
  });

  it('round-trips through serializeSort', () => {
    assert.equal(serializeSort({ id: 'low', desc: true }), '-low');
    assert.equal(serializeSort(null), null);
  });
});

describe('next sort on a heading click', () => {
  it('cycles one column ascending, descending, then back to the report order', () => {
    const a = nextSort(null, 'value');
    assert.deepEqual(a, { id: 'value', desc: false });
    const b = nextSort(a, 'value');
    assert.deepEqual(b, { id: 'value', desc: true });
    assert.equal(nextSort(b, 'value'), null);
  });

  it('starts another column ascending, whatever the current one is', () => {
    assert.deepEqual(nextSort({ id: 'value', desc: true }, 'label'), { id: 'label', desc: false });
    assert.deepEqual(nextSort({ id: 'value', desc: false }, 'low'), { id: 'low', desc: false });
  });
});

describe('sorting rows (the table’s order: TanStack Table with our comparison)', () => {
  const sortRows = <T extends object>(rs: readonly T[], sort: SortSpec | null) =>
    orderRows(Object.keys(rs[0] ?? {}), rs, sort);
  const rows = [
    { label: 'b', value: 100, low: 100, high: null, qualifier: 'over', footnote: null },
    { label: 'a', value: 7000, low: null, high: 7000, qualifier: 'up to', footnote: 12 },
    { label: 'c', value: 14000, low: null, high: 14000, qualifier: 'nearly', footnote: 2 },
    { label: 'D', value: 12, low: 12, high: 12, qualifier: 'exact', footnote: 9 },
  ];

  it('sorts numbers as numbers', () => {
    assert.deepEqual(
      sortRows(rows, { id: 'value', desc: false }).map((r) => r.value),
      [12, 100, 7000, 14000],
    );
    assert.deepEqual(
      sortRows(rows, { id: 'value', desc: true }).map((r) => r.value),
      [14000, 7000, 100, 12],
    );
  });

  it('puts an open lower side first in the low column and an open upper side last in the high column', () => {
    assert.deepEqual(
      sortRows(rows, { id: 'low', desc: false }).map((r) => r.label),
      ['a', 'c', 'D', 'b'],
    );
    assert.deepEqual(
      sortRows(rows, { id: 'high', desc: false }).map((r) => r.label),
      ['D', 'a', 'c', 'b'],
    );
    assert.deepEqual(sortRows(rows, { id: 'high', desc: true }).map((r) => r.label)[0], 'b');
  });

  it('sorts text case-insensitively and puts missing footnotes last', () => {
    assert.deepEqual(
      sortRows(rows, { id: 'label', desc: false }).map((r) => r.label),
      ['a', 'b', 'c', 'D'],
    );
    assert.deepEqual(
      sortRows(rows, { id: 'footnote', desc: false }).map((r) => r.footnote),
      [2, 9, 12, null],
    );
  });

  it('orders partial dates chronologically', () => {
    const d = (value: string) => ({ value, open: null });
    assert.ok(compareCells(d('2021'), d('2021-06')) < 0);
    assert.ok(compareCells(d('2020-11-10'), d('2021-01')) < 0);
    assert.ok(compareCells(d('2014-04-06'), d('1993')) > 0);
  });

  it('keeps the original order of ties and without a sort', () => {
    const ties = [
      { k: 1, n: 'x' },
      { k: 1, n: 'y' },
    ];
    assert.deepEqual(
      sortRows(ties, { id: 'k', desc: true }).map((r) => r.n),
      ['x', 'y'],
    );
    assert.deepEqual(sortRows(rows, null), rows);
  });
});
