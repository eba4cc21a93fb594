import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REGISTRY } from '../../data/registry';
import { getDatasets, prepareDatasets } from '../datasets/datasets';
import { DatasetValidationError, validateDataset, type Dataset, type FigureDataset } from './schema';

const base = REGISTRY.find((d) => d.id === 'casualties') as FigureDataset;

function broken(mutate: (ds: FigureDataset) => void): FigureDataset {
  const copy = structuredClone(base) as FigureDataset;
  mutate(copy);
  return copy;
}

function expectError(input: unknown, expected: { dataset: string; row: string | null; field: string }) {
  assert.throws(
    () => validateDataset(input),
    (err: unknown) => {
      assert.ok(err instanceof DatasetValidationError, 'throws a DatasetValidationError');
      assert.equal(err.datasetId, expected.dataset);
      const hit = err.problems.find((p) => p.row === expected.row && p.field === expected.field);
      assert.ok(
        hit,
        `expected a problem at row ${expected.row}, field ${expected.field}; got ${JSON.stringify(err.problems)}`,
      );
      assert.match(err.message, new RegExp(`Dataset "${expected.dataset}"`));
      if (expected.row) assert.match(err.message, new RegExp(`row "${expected.row}"`));
      assert.match(err.message, new RegExp(`field "${expected.field.replace('.', '\\.')}"`));
      return true;
    },
  );
}

describe('dataset schema', () => {
  it('accepts every dataset in the registry, with derived rows', () => {
    const all = getDatasets();
    assert.equal(all.length, REGISTRY.length);
    for (const ds of all) assert.doesNotThrow(() => validateDataset(ds), ds.id);
  });

  it('has the four datasets the users asked for, under their public ids', () => {
    const ids = getDatasets().map((d) => d.id);
    for (const id of ['arms-imports', 'agricultural-losses', 'mine-maps', 'casualties', 'timeline'])
      assert.ok(ids.includes(id), id);
  });

  it('rejects an "up to" figure that states a lower bound', () => {
    expectError(
      broken((ds) => {
        const r = ds.rows[0]!;
        r.low = 1;
      }),
      { dataset: 'casualties', row: 'combatants-killed-official', field: 'low' },
    );
  });

  it('rejects an "over" figure that states an upper bound', () => {
    expectError(
      broken((ds) => {
        ds.rows[1]!.high = 5000;
      }),
      { dataset: 'casualties', row: 'civilians-killed-official', field: 'high' },
    );
  });

  it('rejects a missing verbatim phrase and an unknown claim type', () => {
    expectError(
      broken((ds) => {
        ds.rows[2]!.quote = '   ';
      }),
      { dataset: 'casualties', row: 'total-killed-unofficial', field: 'quote' },
    );
    expectError(
      broken((ds) => {
        (ds.rows[2] as unknown as { claimType: string }).claimType = 'rumour';
      }),
      { dataset: 'casualties', row: 'total-killed-unofficial', field: 'claimType' },
    );
  });

  it('rejects a row without footnote whose source does not say so', () => {
    expectError(
      broken((ds) => {
        ds.rows[0]!.source = 'Somebody';
      }),
      { dataset: 'casualties', row: 'combatants-killed-official', field: 'source' },
    );
  });

  it('rejects a non-number value, naming the row by its index when it has no id', () => {
    expectError(
      broken((ds) => {
        (ds.rows[3] as unknown as { value: string }).value = '14,000';
      }),
      { dataset: 'casualties', row: 'ukraine-russia-fatalities', field: 'value' },
    );
    expectError(
      broken((ds) => {
        (ds.rows[3] as unknown as { id: undefined }).id = undefined;
      }),
      { dataset: 'casualties', row: '#4', field: 'id' },
    );
  });

  it('rejects duplicate row ids and a headline that names no row', () => {
    expectError(
      broken((ds) => {
        ds.rows[1]!.id = ds.rows[0]!.id;
      }),
      { dataset: 'casualties', row: 'combatants-killed-official', field: 'id' },
    );
    expectError(
      broken((ds) => {
        ds.headline = 'nothing-here';
      }),
      { dataset: 'casualties', row: null, field: 'headline' },
    );
  });

  it('rejects an event whose date does not match its precision', () => {
    const timeline = structuredClone(REGISTRY.find((d) => d.id === 'timeline')) as Dataset;
    if (timeline.kind !== 'events') throw new Error('timeline is an event dataset');
    timeline.rows[0]!.precision = 'day';
    expectError(timeline, { dataset: 'timeline', row: timeline.rows[0]!.id, field: 'date' });
  });

  it('fails the build path (prepareDatasets) on a broken dataset, naming it', () => {
    const bad = broken((ds) => {
      ds.rows[0]!.qualifier = 'over';
    });
    assert.throws(
      () => prepareDatasets([bad]),
      /Dataset "casualties" is invalid[\s\S]*row "combatants-killed-official"/,
    );
  });

  it('rejects a registry that uses one id twice', () => {
    assert.throws(() => prepareDatasets([base, base]), /used twice/);
  });

  it('stores casualty ranges with open sides as null, never as a point', () => {
    const cas = getDatasets().find((d) => d.id === 'casualties') as FigureDataset;
    const combatants = cas.rows.find((r) => r.id === 'combatants-killed-official')!;
    assert.deepEqual([combatants.low, combatants.high, combatants.qualifier], [null, 7000, 'up to']);
    const unofficial = cas.rows.find((r) => r.id === 'total-killed-unofficial')!;
    assert.deepEqual([unofficial.low, unofficial.high, unofficial.qualifier], [10000, null, 'over']);
  });

  it('gives every row a section, a source and a claim type', () => {
    for (const ds of getDatasets()) {
      for (const row of ds.rows) {
        assert.ok(row.section && row.source && row.claimType, `${ds.id}/${row.id}`);
        if (row.footnote !== null)
          assert.ok(!row.source.startsWith('No footnote'), `${ds.id}/${row.id} has a footnote but says none`);
      }
    }
  });
});
