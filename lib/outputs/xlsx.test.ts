import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getDataset, getDatasets } from '../datasets/datasets';
import { datasetSheet, fitSheet, LINE_PT, readmeSheet, wrappedLines, type XCell } from './xlsx';

const str = (value: string): XCell => ({ type: String, value });

describe('workbook layout: widths and row heights a spreadsheet can show', () => {
  it('counts wrapped lines as a spreadsheet wraps at spaces (worked by hand)', () => {
    // room = width - 1 = 9 characters: "aaaa bbbb" (9) | "cccc" → 2 lines
    assert.equal(wrappedLines('aaaa bbbb cccc', 10), 2);
    assert.equal(wrappedLines('aaaa', 10), 1);
    // A word longer than the room breaks: 20 characters in 9 → 3 lines
    assert.equal(wrappedLines('x'.repeat(20), 10), 3);
    // Each line break starts a line
    assert.equal(wrappedLines('a\nb\nc', 10), 3);
  });

  it('sizes columns to their widest cell within their maximum, and gives a wrapped row the height of its lines', () => {
    const s = fitSheet({
      sheet: 't',
      data: [
        [str('id'), str('text')],
        [str('short'), str('aaaa bbbb cccc dddd eeee')],
        [str('b'), { type: Number, value: 12345 }],
      ],
      columns: [{ width: 30 }, { width: 12 }],
    });
    // Column 1: widest cell "short" (5) + 2 = 7, raised to the minimum of 8. Column 2: 24 characters, capped at 12.
    assert.deepEqual(s.columns, [{ width: 8 }, { width: 12 }]);
    // "aaaa bbbb cccc dddd eeee" in a room of 11: "aaaa bbbb" | "cccc dddd" | "eeee" → 3 lines of 15 pt
    assert.deepEqual(s.data[1]![1], {
      type: String,
      value: 'aaaa bbbb cccc dddd eeee',
      alignVertical: 'top',
      height: 45,
      wrap: true,
    });
    // Its neighbour is top-aligned too, and carries the same height; a one-line row is left alone.
    assert.deepEqual(s.data[1]![0], { type: String, value: 'short', alignVertical: 'top', height: 45 });
    assert.deepEqual(s.data[2]![1], { type: Number, value: 12345 });
  });

  it('the README sheet wraps every explanation longer than its column and makes its row tall enough', () => {
    const r = readmeSheet(getDatasets(), 'https://example.org');
    const width = r.columns[1]!.width;
    assert.ok(width <= 52);
    let wrapped = 0;
    for (const row of r.data.slice(1)) {
      const c = row[1]!;
      assert.ok(c && c.type === String);
      if (c.value.length > width) {
        wrapped++;
        assert.equal(c.wrap, true, c.value.slice(0, 40));
        assert.ok((c.height ?? 0) >= 2 * LINE_PT, c.value.slice(0, 40));
      }
    }
    assert.ok(wrapped >= 3, 'several README rows wrap');
  });

  it('a dataset sheet keeps its widest column within 60 characters and wraps a long cited source', () => {
    const s = datasetSheet(getDataset('mine-maps')!, 'https://example.org');
    assert.ok(Math.max(...s.columns.map((c) => c.width)) <= 60);
    const header = s.data[0]!.map((c) => (c && c.type === String ? c.value : ''));
    const q = header.indexOf('source');
    const long = s.data
      .slice(1)
      .map((row) => row[q]!)
      .filter((c) => c?.type === String && c.value.length > 60);
    assert.ok(long.length > 0, 'some cited source is longer than its column');
    for (const c of long) assert.ok(c?.type === String && c.wrap === true && (c.height ?? 0) >= 2 * LINE_PT);
  });
});
