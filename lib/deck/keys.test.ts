import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DeckKeyState, deckKey } from './nav';

const at = (over: Partial<DeckKeyState> = {}): DeckKeyState => ({
  index: 4,
  count: 10,
  overview: null,
  goto: null,
  notes: false,
  presenter: false,
  fullscreen: false,
  ...over,
});
/** [index, overview, goto, notes, handled, effect] after `key` from `state`. */
const after = (key: string, state = at()) => {
  const r = deckKey(state, key);
  return [r.state.index, r.state.overview, r.state.goto, r.state.notes, r.handled, r.effect];
};

describe('deck keys (slide 5 of 10 unless said)', () => {
  it('move: → Space PageDown forward, ← PageUp back, Home first, End last, clamped at the ends', () => {
    for (const k of ['ArrowRight', ' ', 'Spacebar', 'PageDown'])
      assert.deepEqual(after(k), [5, null, null, false, true, null], k);
    for (const k of ['ArrowLeft', 'PageUp']) assert.deepEqual(after(k), [3, null, null, false, true, null], k);
    assert.deepEqual(after('Home'), [0, null, null, false, true, null]);
    assert.deepEqual(after('End'), [9, null, null, false, true, null]);
    assert.deepEqual(after('ArrowRight', at({ index: 9 })), [9, null, null, false, true, null]);
    assert.deepEqual(after('ArrowLeft', at({ index: 0 })), [0, null, null, false, true, null]);
  });

  it('F toggles full screen, N the notes, S opens the presenter view except from it', () => {
    assert.deepEqual(after('f'), [4, null, null, false, true, 'toggle-fullscreen']);
    assert.deepEqual(after('F'), [4, null, null, false, true, 'toggle-fullscreen']);
    assert.deepEqual(after('n'), [4, null, null, true, true, null]);
    assert.deepEqual(after('n', at({ notes: true })), [4, null, null, false, true, null]);
    assert.deepEqual(after('s'), [4, null, null, false, true, 'open-presenter']);
    assert.deepEqual(after('s', at({ presenter: true })), [4, null, null, false, false, null]);
  });

  it('G then digits goes to a slide on Enter (1-based, clamped); Backspace edits; another key cancels', () => {
    assert.deepEqual(after('g'), [4, null, '', false, true, null]);
    assert.deepEqual(after('7', at({ goto: '' })), [4, null, '7', false, true, null]);
    assert.deepEqual(after('Backspace', at({ goto: '17' })), [4, null, '1', false, true, null]);
    assert.deepEqual(after('Enter', at({ goto: '7' })), [6, null, null, false, true, null]);
    assert.deepEqual(after('Enter', at({ goto: '99' })), [9, null, null, false, true, null]);
    assert.deepEqual(after('Enter', at({ goto: '' })), [4, null, null, false, true, null]);
    assert.deepEqual(after('x', at({ goto: '7' })), [4, null, null, false, true, null]);
    assert.deepEqual(after('5', at({ goto: '1234' })), [4, null, '1234', false, true, null]);
  });

  it('O or Esc opens the overview at the current slide; arrows choose; Enter or Space opens; Esc or O closes', () => {
    assert.deepEqual(after('o'), [4, 4, null, false, true, null]);
    assert.deepEqual(after('Escape'), [4, 4, null, false, true, null]);
    assert.deepEqual(after('ArrowDown', at({ overview: 4 })), [4, 5, null, false, true, null]);
    assert.deepEqual(after('ArrowUp', at({ overview: 0 })), [4, 0, null, false, true, null]);
    assert.deepEqual(after('ArrowRight', at({ overview: 9 })), [4, 9, null, false, true, null]);
    assert.deepEqual(after('ArrowLeft', at({ overview: 4 })), [4, 3, null, false, true, null]);
    assert.deepEqual(after('Enter', at({ overview: 7 })), [7, null, null, false, true, null]);
    assert.deepEqual(after(' ', at({ overview: 2 })), [2, null, null, false, true, null]);
    assert.deepEqual(after('Escape', at({ overview: 7 })), [4, null, null, false, true, null]);
    assert.deepEqual(after('O', at({ overview: 7 })), [4, null, null, false, true, null]);
    assert.deepEqual(after('n', at({ overview: 7 })), [4, 7, null, false, false, null]);
  });

  it('Esc in full screen leaves it without taking the key; other keys are not the deck’s', () => {
    assert.deepEqual(after('Escape', at({ fullscreen: true })), [4, null, null, false, false, 'exit-fullscreen']);
    assert.deepEqual(after('q'), [4, null, null, false, false, null]);
    assert.deepEqual(after('Tab'), [4, null, null, false, false, null]);
  });
});
