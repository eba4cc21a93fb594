import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getDatasets } from '../datasets/datasets';
import { allSlides } from './deck';
import { deckSlides, keyAction, parseIds, parseSlide, step } from './nav';
import { formatElapsed, gotoIndex, parseDeckMessage, replayKeys } from './nav';

const datasets = getDatasets();
const known = datasets.map((d) => d.id);
const slides = allSlides(datasets);

describe('deck model', () => {
  it('has a title slide, slides for every dataset and a closing slide', () => {
    assert.equal(slides[0]!.layout, 'title');
    assert.equal(slides.at(-1)!.layout, 'closing');
    for (const id of known)
      assert.ok(
        slides.some((s) => s.datasetId === id),
        id,
      );
    assert.equal(new Set(slides.map((s) => s.key)).size, slides.length, 'unique keys');
  });

  it('reads slide numbers to the nearest valid slide', () => {
    assert.equal(parseSlide('3', 12), 2);
    assert.equal(parseSlide('1', 12), 0);
    assert.equal(parseSlide('0', 12), 0);
    assert.equal(parseSlide('-5', 12), 0);
    assert.equal(parseSlide('999', 12), 11);
    assert.equal(parseSlide('2.6', 12), 2);
    assert.equal(parseSlide('abc', 12), 0);
    assert.equal(parseSlide('', 12), 0);
    assert.equal(parseSlide(null, 12), 0);
    assert.equal(parseSlide('1e400', 12), 0);
    assert.equal(parseSlide('Infinity', 12), 0);
  });

  it('keeps only the named datasets, in the given order, and names unknown ids', () => {
    const { ids, unknown } = parseIds('casualties, mine-maps,nope,casualties,<b>x</b>', known);
    assert.deepEqual(ids, ['casualties', 'mine-maps']);
    assert.deepEqual(unknown, ['nope', '<b>x</b>']);
    const deck = deckSlides(slides, ids);
    assert.equal(deck[0]!.datasetId, null);
    assert.equal(deck.at(-1)!.datasetId, null);
    const middle = deck.slice(1, -1).map((s) => s.datasetId);
    assert.deepEqual([...new Set(middle)], ['casualties', 'mine-maps']);
  });

  it('falls back to every dataset when ids is empty or names none it knows', () => {
    assert.deepEqual(parseIds(null, known).ids, known);
    assert.deepEqual(parseIds('', known).ids, known);
    const onlyBad = parseIds('foo,bar', known);
    assert.deepEqual(onlyBad.ids, known);
    assert.deepEqual(onlyBad.unknown, ['foo', 'bar']);
    assert.ok(parseIds('x,'.repeat(5000), known).unknown.length <= 50);
  });

  it('maps keys to moves and clamps at the ends', () => {
    assert.equal(keyAction('ArrowRight'), 'next');
    assert.equal(keyAction(' '), 'next');
    assert.equal(keyAction('PageDown'), 'next');
    assert.equal(keyAction('ArrowLeft'), 'prev');
    assert.equal(keyAction('PageUp'), 'prev');
    assert.equal(keyAction('Home'), 'first');
    assert.equal(keyAction('End'), 'last');
    assert.equal(keyAction('x'), null);
    assert.equal(step(0, 'prev', 5), 0);
    assert.equal(step(4, 'next', 5), 4);
    assert.equal(step(2, 'last', 5), 4);
    assert.equal(step(2, 'first', 5), 0);
  });

  it('jumps to a typed slide number, clamped, and ignores anything else', () => {
    assert.equal(gotoIndex('12', 20), 11);
    assert.equal(gotoIndex('1', 20), 0);
    assert.equal(gotoIndex('0', 20), 0);
    assert.equal(gotoIndex('99', 20), 19);
    assert.equal(gotoIndex('', 20), null);
    assert.equal(gotoIndex('1a', 20), null);
    assert.equal(gotoIndex('12345', 20), null);
  });

  it('accepts only the two message shapes between the deck windows', () => {
    assert.deepEqual(parseDeckMessage({ type: 'goto', deck: 'a,b', index: 3 }), {
      type: 'goto',
      deck: 'a,b',
      index: 3,
    });
    assert.deepEqual(parseDeckMessage({ type: 'hello', deck: '' }), { type: 'hello', deck: '' });
    for (const bad of [
      null,
      'goto',
      { type: 'goto', deck: 'x', index: -1 },
      { type: 'goto', deck: 'x', index: 1.5 },
      { type: 'goto', deck: 1, index: 1 },
      { type: 'eval', deck: 'x' },
      { type: 'goto', deck: 'x', index: '2' },
    ]) {
      assert.equal(parseDeckMessage(bad), null, JSON.stringify(bad));
    }
  });

  it('formats the presenter timer and replays early keys from the opening slide', () => {
    assert.equal(formatElapsed(0), '0:00');
    assert.equal(formatElapsed(65_400), '1:05');
    assert.equal(formatElapsed(3_725_000), '1:02:05');
    assert.equal(formatElapsed(-5), '0:00');
    assert.equal(replayKeys(0, ['ArrowRight', 'ArrowRight', ' '], 20), 3);
    assert.equal(replayKeys(2, ['ArrowLeft', 'End'], 20), 19);
    assert.equal(replayKeys(0, ['x', 'ArrowLeft'], 20), 0);
  });
});
