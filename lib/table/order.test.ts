import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnsFor } from './columns';
import { getDataset, getDatasets } from '../datasets/datasets';
import { orderRows } from './order';

describe('row order from TanStack Table', () => {
  it('keeps the report order without a sort, and does not reorder the input', () => {
    const rows = [
      { id: 'b', value: 2 },
      { id: 'a', value: 1 },
    ];
    assert.deepEqual(orderRows(['id', 'value'], rows, null), rows);
    assert.deepEqual(
      orderRows(['id', 'value'], rows, { id: 'value', desc: false }).map((r) => r.id),
      ['a', 'b'],
    );
    assert.deepEqual(
      rows.map((r) => r.id),
      ['b', 'a'],
    );
  });

  it('puts open bounds at the ends and keeps ties in the report order', () => {
    const rows = [
      { id: 'r1', low: 5, high: null, qualifier: 'over' },
      { id: 'r2', low: null, high: 10, qualifier: 'up to' },
      { id: 'r3', low: 5, high: 7, qualifier: 'exact' },
      // An empty low cell of a row whose qualifier leaves no side open is a missing value: last either way.
      { id: 'r4', low: null, high: 3, qualifier: 'exact' },
    ];
    assert.deepEqual(
      orderRows(['low', 'high'], rows, { id: 'low', desc: false }).map((r) => r.id),
      ['r2', 'r1', 'r3', 'r4'],
    );
    assert.deepEqual(
      orderRows(['low', 'high'], rows, { id: 'high', desc: true }).map((r) => r.id),
      ['r1', 'r2', 'r3', 'r4'],
    );
  });
});

describe('empty cells', () => {
  it('stay after every value in both directions, in every column that has them (open bounds excepted)', () => {
    let checked = 0;
    for (const ds of getDatasets()) {
      const ids = columnsFor(ds.kind).map((c) => c.id);
      for (const col of ids.filter((c) => c !== 'low' && c !== 'high')) {
        const rows = ds.rows as unknown as Record<string, unknown>[];
        const empty = (r: Record<string, unknown>) => r[col] === null || r[col] === undefined || r[col] === '';
        if (!rows.some(empty) || rows.every(empty)) continue;
        for (const desc of [false, true]) {
          const sorted = orderRows(ids, rows, { id: col, desc });
          const firstEmpty = sorted.findIndex(empty);
          assert.ok(
            sorted.slice(firstEmpty).every(empty),
            `${ds.id}.${col} ${desc ? 'descending' : 'ascending'}: a value after an empty cell`,
          );
          checked++;
        }
      }
    }
    assert.ok(checked >= 10, `${checked} column-directions with empty cells`);
  });

  it('an undated conflict figure sorts after every dated one, by date descending (worked from the data file)', () => {
    const ds = getDataset('conflict-figures')!;
    const sorted = orderRows(
      columnsFor(ds.kind).map((c) => c.id),
      ds.rows as unknown as Record<string, unknown>[],
      { id: 'date', desc: true },
    );
    assert.notEqual(sorted[0]!.date, null);
    assert.equal(sorted.at(-1)!.date, null);
  });
});
