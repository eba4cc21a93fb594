import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageCharts } from '../charts/registry';
import { getDatasets } from '../datasets/datasets';
import { cardChartKind, timelineStrip } from './card-charts';

describe('the overview cards’ charts', () => {
  it('draws the timeline as a strip, the stated accuracy of the maps as a waffle, the places as a map, every other headline as its bar', () => {
    const kinds = Object.fromEntries(getDatasets().map((d) => [d.id, cardChartKind(d, pageCharts(d.id))]));
    assert.deepEqual(kinds, {
      'arms-imports': 'bar',
      'agricultural-losses': 'bar',
      'mine-maps': 'waffle',
      casualties: 'bar',
      timeline: 'strip',
      peacekeeping: 'bar',
      'distances-and-ranges': 'bar',
      'parliamentary-votes': 'bar',
      'displacement-and-territory': 'bar',
      'conflict-figures': 'bar',
      places: 'map',
    });
  });

  it('places events on a strip: earlier years compressed, then a linear axis (worked by hand)', () => {
    // width 220, pad 10, compressed 40: the linear axis runs from x = 50 (break) to x = 210 over 2020–2021 (two years).
    const s = timelineStrip(
      [
        { id: 'a', date: '2010', endDate: null },
        { id: 'b', date: '2020-01-01', endDate: null },
        { id: 'c', date: '2021', endDate: null },
        { id: 'd', date: '2018', endDate: null },
      ],
      'b',
      { width: 220, from: 2020, to: 2021, compressed: 40, pad: 10 },
    );
    assert.equal(s.breakX, 50);
    const m = Object.fromEntries(s.marks.map((k) => [k.id, k]));
    // 2010 is the first year: x = pad = 10. 2018 is 8 of the 10 early years in: 10 + 0.8 × (40 − 8) = 35.6.
    assert.equal(m.a!.x0, 10);
    assert.ok(Math.abs(m.d!.x0 - 35.6) < 1e-9);
    // 1 January 2020 is the start of the linear axis.
    assert.deepEqual([m.b!.x0, m.b!.x1, m.b!.headline], [50, 50, true]);
    // 2021 is a band over the second year: from 2021-01-01 (366 of 731 days in) to 2021-12-31 (730 days in).
    assert.ok(Math.abs(m.c!.x0 - (50 + (366 / 731) * 160)) < 1e-9);
    assert.ok(Math.abs(m.c!.x1 - (50 + (730 / 731) * 160)) < 1e-9);
    assert.deepEqual(
      s.ticks.map((t) => t.label),
      ['2010', '2020', '2021', '2022'],
    );
    assert.equal(s.ticks.at(-1)!.x, 210);
  });
});
