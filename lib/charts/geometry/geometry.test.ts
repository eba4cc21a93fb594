import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getDatasets } from '../../datasets/datasets';
import { barPanel, barParts, fitText } from './bars';
import { periodEnd, periodStart, timelineLayout } from './timeline';
import { waffle } from './waffle';
import { figure } from '../../model/rows';
import type { EventDataset, FigureDataset, FigureRow } from '../../model/schema';

const cas = getDatasets().find((d) => d.id === 'casualties') as FigureDataset;
const ranges = cas.rows.filter((r) => r.group !== 'Incident counted by the report');
const byId = <T extends { id: string }>(rows: readonly T[], id: string): T => rows.find((r) => r.id === id)!;

describe('bar panel geometry', () => {
  const panel = barPanel(ranges, { width: 640 });

  it('starts the domain at zero and leaves room past the largest bound when a side is open upward', () => {
    assert.ok(panel.domainMax >= 14000 * 1.3, `domain ${panel.domainMax}`);
    assert.equal(panel.ticks[0]!.label, '0');
    assert.equal(panel.ticks[0]!.x, panel.plotLeft);
  });

  it('draws "over" from its bound to the open edge, and "up to" from zero to its cap', () => {
    const over = byId(panel.bars, 'total-killed-unofficial');
    assert.equal(over.shape, 'lower');
    assert.equal(over.x1, panel.plotRight);
    assert.ok(over.x0 > panel.plotLeft);
    const upTo = byId(panel.bars, 'combatants-killed-official');
    assert.equal(upTo.shape, 'upper');
    assert.equal(upTo.x0, panel.plotLeft);
    assert.equal(upTo.capX, upTo.x1);
    // caps are proportional: 14,000 is twice 7,000 from the origin
    const ukr = byId(panel.bars, 'ukraine-russia-fatalities');
    // (to within the hundredth of a pixel coordinates are rounded to)
    assert.ok(Math.abs(ukr.capX - panel.plotLeft - 2 * (upTo.capX - panel.plotLeft)) <= 0.02);
  });

  it('keeps every bar inside the panel at 320 px and at 1920 px', () => {
    for (const width of [320, 1920]) {
      const p = barPanel(ranges, { width });
      for (const b of p.bars) {
        assert.ok(b.x0 >= 0 && b.x1 <= width, `${b.id} at ${width}`);
        assert.ok(b.label.length * 7.2 <= p.plotRight - p.plotLeft + 8, `${b.id} label fits at ${width}`);
      }
      // rows do not overlap
      for (let i = 1; i < p.bars.length; i++) assert.ok(p.bars[i]!.labelY > p.bars[i - 1]!.barY + p.bars[i - 1]!.barH);
    }
  });

  it('places bars and labels where a hand calculation puts them', () => {
    const row = (id: string, value: number): FigureRow =>
      figure({
        id,
        label: id,
        value,
        low: value,
        high: value,
        qualifier: 'exact',
        unit: 'people',
        printed: `${value}`,
        section: '1',
        footnote: null,
        source: '',
        quote: '',
        claimType: 'reported statistic',
      });
    // Width 400: plot from 8 to 388 px. Largest value 100, padded to 108; d3's nice() with 3 ticks makes the axis 0–150.
    // So x(v) = 8 + v / 150 × 380: x(50) = 134.67, x(100) = 261.33. "100 people" is 10 characters × 7.2 = 72 px, and
    // 261.33 + 6 + 72 = 339.33 ≤ 398 fits right of the cap: it starts 6 px after it.
    const p = barPanel([row('a', 50), row('b', 100)], { width: 400, charWidth: 7.2 });
    assert.deepEqual(
      p.bars.map((b) => [b.capX, b.textX, b.textAnchor]),
      [
        [134.67, 140.67, 'start'],
        [261.33, 267.33, 'start'],
      ],
    );
    assert.deepEqual(
      p.ticks.map((t) => t.label),
      ['0', '50', '100', '150'],
    );
    // Width 120: plot 8–108, 2 ticks. 120 padded to 129.6 rounds to 0–150 (step 50), which with 2 ticks rounds again to
    // 0–200 (step 100), so x(v) = 8 + v / 2. At 10 px per character, "30 people" (90 px) has room on neither side of
    // x(30) = 23 (23 + 96 > 118, 23 − 96 < 0) and goes to the roomier right (95 px against 23); "120 people" (100 px) at
    // x(120) = 68 has 50 px to its right and 68 to its left, so it ends 6 px before the cap, on the bar.
    const narrow = barPanel([row('c', 30), row('d', 120)], { width: 120, charWidth: 10 });
    assert.deepEqual(
      narrow.bars.map((b) => [b.capX, b.textX, b.textAnchor, b.textOnBar]),
      [
        [23, 29, 'start', false],
        [68, 62, 'end', true],
      ],
    );
    assert.deepEqual(
      narrow.ticks.map((t) => t.label),
      ['0', '100', '200'],
    );
  });

  it("puts a bound's label beside the bound, never on its faded or open part when there is room", () => {
    const bound = (id: string, qualifier: 'over' | 'up to', value: number): FigureRow =>
      figure({
        id,
        label: id,
        value,
        low: qualifier === 'over' ? value : null,
        high: qualifier === 'over' ? null : value,
        qualifier,
        unit: 'people',
        printed: `${qualifier} ${value}`,
        section: '1',
        footnote: null,
        source: '',
        quote: '',
        claimType: 'reported statistic',
      });
    // Width 400, plot 8–388. An open upper side pads the largest bound 100 to 130; nice() with 3 ticks makes 0–150,
    // so x(v) = 8 + v / 150 × 380: x(100) = 261.33, x(50) = 134.67. Both labels are 15 characters × 7.2 = 108 px.
    // "over 100 people": its bar starts at the bound, so the label goes left of it (261.33 − 6 − 108 ≥ 0), ending at
    // 255.33. "up to 50 people": its bar ends at the bound, so the label goes right of it, from 140.67.
    const p = barPanel([bound('o', 'over', 100), bound('u', 'up to', 50)], { width: 400, charWidth: 7.2 });
    assert.deepEqual(
      p.bars.map((b) => [b.shape, b.capX, b.textX, b.textAnchor, b.textOnBar, b.textOverOpen]),
      [
        ['lower', 261.33, 255.33, 'end', false, false],
        ['upper', 134.67, 140.67, 'start', false, false],
      ],
    );
    // Width 200 at 10 px a character: 2 ticks make the axis 0–200 (0–150 rounds again), x(v) = 8 + 0.9 v, x(100) = 98.
    // "over 100 people" (150 px) fits neither left (98 − 156 < 0) nor right (98 + 156 > 198); the right has more room
    // (102 px against 98), so it starts at 104 over the bar's open part, with a halo.
    const narrow = barPanel([bound('o', 'over', 100)], { width: 200, charWidth: 10 });
    assert.deepEqual(
      narrow.bars.map((b) => [b.capX, b.textX, b.textAnchor, b.textOverOpen]),
      [[98, 104, 'start', true]],
    );
  });

  it('draws each kind of bound with its own pieces: a fade in for "up to", a fade out and an arrow for "over"', () => {
    const kinds = (b: Parameters<typeof barParts>[0]) =>
      barParts(b).map((x) =>
        x.part === 'body' ? `body:${x.fill}` : x.part === 'cap' ? `cap${x.dashed ? ':dashed' : ''}` : x.part,
      );
    assert.deepEqual(kinds(byId(panel.bars, 'combatants-killed-official')), ['body:fade-in', 'cap']);
    assert.deepEqual(kinds(byId(panel.bars, 'total-killed-unofficial')), ['body:fade-out', 'cap', 'arrow']);
  });

  it('refuses mixed units', () => {
    const mixed = [ranges[0]!, { ...ranges[1]!, unit: 'km' } as FigureRow];
    assert.throws(() => barPanel(mixed, { width: 400 }), /one unit/);
  });

  it('truncates labels that do not fit', () => {
    assert.equal(fitText('short', 100, 7), 'short');
    // 70 px at 7 px a character: 10 characters, the ellipsis included. "a long la" would cut "label".
    assert.equal(fitText('a long label that does not fit', 70, 7), 'a long…');
    // A cut after punctuation drops it: "Aliyev addresses the UN," becomes "Aliyev addresses the UN…".
    assert.equal(fitText('Aliyev addresses the UN, then leaves', 175, 7), 'Aliyev addresses the UN…');
    // One long word: cut inside it rather than show nothing.
    assert.equal(fitText('Nagorno-Karabakh-Armenia-Azerbaijan', 70, 7), 'Nagorno-K…');
  });
});

describe('waffle geometry', () => {
  it('fills one cell per percentage point', () => {
    const w = waffle(25);
    assert.equal(w.cells.length, 100);
    assert.equal(w.cells.filter((c) => c.filled).length, 25);
    assert.equal(w.filled, 25);
  });
  it('fills from the bottom row', () => {
    const w = waffle(10);
    const filledY = new Set(w.cells.filter((c) => c.filled).map((c) => c.y));
    assert.equal(filledY.size, 1);
    assert.equal([...filledY][0], Math.max(...w.cells.map((c) => c.y)));
  });
  it('rejects impossible shares', () => {
    assert.throws(() => waffle(140));
    assert.throws(() => waffle(Number.NaN));
  });
});

describe('timeline geometry', () => {
  const events = (getDatasets().find((d) => d.id === 'timeline') as EventDataset).rows;
  const layout = timelineLayout(events, { width: 720 });

  it('computes each period at its precision', () => {
    assert.equal(periodStart('2021-06').toISOString().slice(0, 10), '2021-06-01');
    assert.equal(periodEnd('2021-06').toISOString().slice(0, 10), '2021-07-01');
    assert.equal(periodEnd('2021').toISOString().slice(0, 10), '2022-01-01');
    assert.equal(periodEnd('2021-06-04').toISOString().slice(0, 10), '2021-06-05');
  });

  it('draws a day as a point and a month or a year as a band, never as a day', () => {
    const day = byId(layout.marks, 'war-begins');
    assert.equal(day.kind, 'point');
    const month = byId(layout.marks, 'tovuz-clashes');
    assert.equal(month.kind, 'band');
    assert.ok(month.y1 - month.y0 > 10, `a month in 2020 spans ${month.y1 - month.y0}px`);
    const year = byId(layout.marks, 'un-resolutions-1993');
    assert.equal(year.kind, 'band');
    const period = byId(layout.marks, 'karabakh-war-1988-1994');
    assert.ok(period.y1 - period.y0 > year.y1 - year.y0, 'a six-year period is longer than one year');
  });

  it('places events in time order, with the 2020 break between 2019 and 2020', () => {
    const tovuz = byId(layout.marks, 'tovuz-clashes');
    const war = byId(layout.marks, 'war-begins');
    const end = byId(layout.marks, 'trilateral-declaration');
    assert.ok(tovuz.y0 < war.y0 && war.y0 < end.y0);
    assert.ok(byId(layout.marks, 'armenia-government-change').y1 <= layout.breakY + 0.001);
    assert.ok(war.y0 > layout.breakY);
  });

  it('keeps labels from overlapping', () => {
    const ys = layout.marks.map((m) => m.labelY);
    for (let i = 1; i < ys.length; i++) assert.ok(ys[i]! - ys[i - 1]! >= 20 - 1e-9);
    assert.ok(layout.height >= ys.at(-1)!);
  });

  it('has one mark per event, each with its description', () => {
    assert.equal(layout.marks.length, events.length);
    for (const m of layout.marks) assert.match(m.description, /precision/);
  });
});

describe('timeline lanes', () => {
  it('puts overlapping bands in different lanes', () => {
    const events = (getDatasets().find((d) => d.id === 'timeline') as EventDataset).rows;
    const layout = timelineLayout(events, { width: 720 });
    const bands = layout.marks.filter((m) => m.kind === 'band');
    let sameLane = 0;
    for (let i = 0; i < bands.length; i++)
      for (let j = i + 1; j < bands.length; j++) {
        const a = bands[i]!;
        const b = bands[j]!;
        if (a.x !== b.x) continue;
        sameLane++;
        assert.ok(a.y1 <= b.y0 + 1e-9 || b.y1 <= a.y0 + 1e-9, `${a.id} and ${b.id} overlap in one lane`);
      }
    // The check above must have had pairs to check, and the lanes must be more than one.
    assert.ok(sameLane > 0, 'no two bands share a lane');
    assert.ok(new Set(bands.map((b) => b.x)).size > 1, 'every band in one lane');
    for (const m of layout.marks) assert.ok(m.x < layout.labelX - 10, `${m.id} mark left of the labels`);
  });
});

describe('coordinates written into the page', () => {
  // Every coordinate is written twice (the SVG and the data React hydrates it from): a hundredth of a pixel is enough.
  const hundredths = (v: number) => /^-?\d+(\.\d{1,2})?$/.test(String(v));
  it('bar panels and timelines give coordinates to at most two decimals, for every dataset at phone and desktop widths', () => {
    let checked = 0;
    for (const ds of getDatasets()) {
      for (const width of [300, 380, 720, 1100]) {
        if (ds.kind === 'events') {
          const t = timelineLayout((ds as EventDataset).rows, { width });
          const values = [
            t.height,
            t.breakY,
            ...t.ticks.map((k) => k.y),
            ...t.marks.flatMap((m) => [m.x, m.y0, m.y1, m.cy, m.labelY]),
          ];
          for (const v of values) assert.ok(hundredths(v), `${ds.id} at ${width}: ${v}`);
          checked += values.length;
        } else if (ds.kind === 'figures') {
          const units = [...new Set((ds as FigureDataset).rows.map((r) => r.unit))];
          for (const unit of units) {
            const p = barPanel(
              (ds as FigureDataset).rows.filter((r) => r.unit === unit),
              { width },
            );
            const values = [...p.ticks.map((t) => t.x), ...p.bars.flatMap((b) => [b.x0, b.x1, b.capX, b.textX])];
            for (const v of values) assert.ok(hundredths(v), `${ds.id}/${unit} at ${width}: ${v}`);
            checked += values.length;
          }
        }
      }
    }
    assert.ok(checked > 500, `checked ${checked} coordinates`);
  });
});

describe('axis ticks', () => {
  it('use one scale per axis on every chart of the product at every width (never "5,000" beside "10K")', async () => {
    const { getCharts } = await import('../registry');
    let axes = 0;
    for (const c of getCharts()) {
      const panels =
        c.kind === 'grouped-bars'
          ? c.panels.map((p) => p.rows)
          : c.kind === 'bounded-bars'
            ? [c.rows as FigureRow[]]
            : [];
      for (const rows of panels) {
        for (const width of [300, 620, 720]) {
          const labels = barPanel(rows, { width })
            .ticks.map((t) => t.label)
            .filter((l) => !/^\$?0%?$/.test(l));
          const kinds = new Set(
            labels.map((l) => (/K$/.test(l) ? 'K' : /M$/.test(l) ? 'M' : /B$/.test(l) ? 'B' : 'plain')),
          );
          assert.ok(kinds.size <= 1, `${c.datasetId}/${c.id} at ${width}: ${labels.join(' ')}`);
          axes++;
        }
      }
    }
    assert.ok(axes > 30);
  });
});
