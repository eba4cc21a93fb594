import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHART_SPECS, SLIDE_SPECS } from './specs';
import { checkSlides, getCharts, pageCharts } from './registry';
import { fillTemplate, resolveAll, resolveChart, type ChartSpec } from './resolve';
import { getDataset, getDatasets } from '../datasets/datasets';
import { slideClaimLine, slideSourceLine } from './text';
import { allSlides, slideRows } from '../deck/deck';
import type { Dataset, FigureDataset } from '../model/schema';

const datasets = getDatasets();
const mines = getDataset('mine-maps') as FigureDataset;
const spec = (over: Partial<ChartSpec>): ChartSpec => ({
  id: 'probe',
  dataset: 'mine-maps',
  kind: 'bounded-bars',
  rows: { ids: ['agdam-mines'] },
  title: 't',
  subtitle: 's',
  unit: 'mines',
  caveats: [],
  onPage: true,
  ...over,
});

describe('chart specs', () => {
  it('every dataset page draws at least one chart, and every chart id is a slug unique in its dataset', () => {
    for (const d of datasets) assert.ok(pageCharts(d.id).length > 0, d.id);
    const keys = getCharts().map((c) => `${c.datasetId}/${c.id}`);
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(getCharts().length, CHART_SPECS.length);
  });

  it('fails naming the chart when a spec names a row, group, caveat or dataset that does not exist', () => {
    assert.throws(
      () => resolveAll([spec({ rows: { ids: ['agdam-mines', 'no-such-row'] } })], datasets),
      /Chart "mine-maps\/probe": .*no row "no-such-row"/,
    );
    assert.throws(
      () => resolveAll([spec({ rows: { group: 'Handover 9' } })], datasets),
      /Chart "mine-maps\/probe": .*no group "Handover 9"/,
    );
    assert.throws(
      () => resolveAll([spec({ caveats: ['no-such-caveat'] })], datasets),
      /Chart "mine-maps\/probe": .*no caveat "no-such-caveat"/,
    );
    assert.throws(() => resolveAll([spec({ dataset: 'nope' })], datasets), /Chart "nope\/probe": no dataset "nope"/);
    assert.throws(() => resolveAll([spec({}), spec({})], datasets), /Chart "mine-maps\/probe": its id is used twice/);
    assert.throws(
      () => resolveAll([spec({ title: 'x {printed:gone}' })], datasets),
      /Chart "mine-maps\/probe": .*no row "gone"/,
    );
    assert.throws(() => resolveAll([spec({ title: 'x {bogus}' })], datasets), /unknown template token "\{bogus\}"/);
    assert.throws(
      () => resolveAll([spec({ rows: { ids: ['agdam-mines', 'agdam-detainees'] } })], datasets),
      /share a unit/,
    );
    assert.throws(
      () => checkSlides([{ key: 'k', dataset: 'mine-maps', headline: 'h', charts: ['nope'] }], getCharts()),
      /Chart "mine-maps\/nope": slide "k" picks a chart that has no spec/,
    );
  });

  it('picks caveats by key: reordering a data file’s caveats does not move them to another chart', () => {
    const reordered: Dataset = { ...mines, caveats: [...mines.caveats].reverse() };
    const s = CHART_SPECS.find((c) => c.dataset === 'mine-maps' && c.id === 'accuracy-waffle')!;
    const a = resolveChart(s, mines).caveats;
    const b = resolveChart(s, reordered).caveats;
    assert.deepEqual(b, a);
    assert.equal(a.length, 1);
    assert.match(a[0]!, /^The accuracy of "some 25 percent" is a statement by a party/);
  });

  it('composes headlines from the rows: a corrected figure changes the slide and the chart title', () => {
    const corrected: FigureDataset = {
      ...mines,
      rows: mines.rows.map((r) =>
        r.id === 'agdam-mines'
          ? { ...r, printed: 'nearly 96,500' }
          : r.id === 'accuracy-stated'
            ? { ...r, printed: 'some 30 percent' }
            : r,
      ),
    };
    const slide = SLIDE_SPECS.find((s) => s.key === 'mine-maps')!;
    assert.equal(
      fillTemplate(slide.headline, { ds: corrected, rows: [], unit: 'mines', where: 'test' }),
      'Minefield maps: nearly 96,500 and 92,000 mines on the maps; stated accuracy “some 30 percent”',
    );
    const waffle = CHART_SPECS.find((c) => c.dataset === 'mine-maps' && c.id === 'accuracy-waffle')!;
    assert.equal(resolveChart(waffle, corrected).title, 'Stated accuracy of the minefield maps: “some 30 percent”');
  });

  it('selects rows in the stated order: production shares sorted by value, as the report lists 24, 41, 46, 18, 34', () => {
    const c = getCharts().find((x) => x.datasetId === 'agricultural-losses' && x.id === 'production-shares')!;
    assert.deepEqual(
      c.rows.map((r) => r.id),
      [
        'share-potato-farming',
        'share-liquor-production',
        'share-milk-production',
        'share-grain-revenues',
        'share-meat-production',
      ],
    );
    const incidents = getCharts().find((x) => x.datasetId === 'casualties' && x.id === 'incidents')!;
    assert.equal(incidents.rows.length, 5);
    const ranges = getCharts().find((x) => x.datasetId === 'casualties' && x.id === 'ranges')!;
    assert.deepEqual(
      ranges.rows.map((r) => r.id),
      [
        'combatants-killed-official',
        'civilians-killed-official',
        'total-killed-unofficial',
        'ukraine-russia-fatalities',
      ],
    );
  });

  it('names derived rows’ inputs in the source line, so a chart of derived shares still cites the report', () => {
    const c = getCharts().find((x) => x.datasetId === 'parliamentary-votes' && x.id === 'by-unit-values')!;
    assert.ok(c.rows.every((r) => r.claimType === 'derived'));
    assert.match(c.source, /section 3, footnote 19/);
  });

  it('slides pick charts from the specs: the deck shows the same rows the picked charts show', () => {
    const slides = allSlides(datasets);
    const mineSlide = slides.find((s) => s.key === 'mine-maps')!;
    assert.deepEqual(
      mineSlide.charts.map((c) => c.id),
      ['accuracy-waffle', 'mines-counted'],
    );
    assert.deepEqual(
      slideRows(mineSlide).map((r) => r.id),
      ['accuracy-stated', 'agdam-mines', 'fuzuli-zangilan-mines', 'total-mines-on-maps'],
    );
    assert.equal(
      slides.find((s) => s.key === 'casualty-ranges')!.headline,
      'Deaths in the war: “up to seven thousand” combatants, “over a hundred” civilians (official); “over ten thousand” (unofficial)',
    );
    assert.equal(
      slides.find((s) => s.key === 'timeline-before-1')!.headline,
      'Before the war: dated events, 1988 – 23 August 2020 (1 of 3)',
    );
    // Cards: four to a slide, twelve conflict figures on three slides.
    const cards = slides.filter((s) => s.datasetId === 'conflict-figures');
    assert.deepEqual(
      cards.map((s) => [s.key, s.charts[0]!.rows.length]),
      [
        ['conflict-figures-1', 4],
        ['conflict-figures-2', 4],
        ['conflict-figures-3', 4],
      ],
    );
  });

  it('writes the slide’s source and claim lines from what it shows', () => {
    const slides = allSlides(datasets);
    const rows = slideRows(slides.find((s) => s.key === 'mine-maps')!);
    assert.equal(
      slideSourceLine(rows),
      'Source: AIR Center, “The 44-Day Karabakh War” (2021), section 2; footnotes 15, 16, 17.',
    );
    assert.equal(
      slideClaimLine(rows),
      'Claim type: statement by a party, reported statistic, derived · qualifiers: some, nearly, exact',
    );
    const ranges = slideRows(slides.find((s) => s.key === 'casualty-ranges')!);
    assert.equal(
      slideSourceLine(ranges),
      'Source: AIR Center, “The 44-Day Karabakh War” (2021), section 5.2; no footnote.',
    );
  });
});

describe('accessible names of marks', () => {
  it('are cut only between words, with an ellipsis, and keep the figure with its qualifier', async () => {
    const { cutAtWord, markLabel, sourceLineText } = await import('./text');
    assert.equal(cutAtWord('alpha beta gamma', 11), 'alpha beta…');
    assert.equal(cutAtWord('alpha beta gamma', 10), 'alpha…');
    assert.equal(cutAtWord('alpha beta gamma', 100), 'alpha beta gamma');
    let cut = 0;
    for (const d of datasets) {
      if (d.kind !== 'figures') continue;
      for (const r of d.rows) {
        const label = markLabel(r);
        const full = sourceLineText(r);
        assert.ok(label.includes(`: ${r.qualifier === 'exact' ? '' : `${r.qualifier} `}`), `${r.id}: ${label}`);
        const tail = label.slice(label.indexOf('). ') + 3);
        if (tail === full) continue;
        cut++;
        assert.ok(tail.endsWith('…'), `${r.id}: cut without an ellipsis`);
        const kept = tail.slice(0, -1);
        assert.ok(
          full.startsWith(kept) && /[\s,;:.]/.test(full[kept.length] ?? ' '),
          `${r.id}: cut mid-word: …${kept.slice(-20)}|${full.slice(kept.length, kept.length + 10)}`,
        );
      }
    }
    assert.ok(cut > 5, `${cut} labels cut`);
  });
});
