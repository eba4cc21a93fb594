import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundLegend, MARK_LOOKS } from './bound';
import { boundKind, openSide, qualifierWords } from './bound-kind';
import type { Qualifier } from './schema';

describe('the bound rule', () => {
  it('gives each qualifier its kind of mark and its open side', () => {
    const table: [Qualifier, string, string | null][] = [
      ['exact', 'point', null],
      ['about', 'approx', null],
      ['some', 'approx', null],
      ['nearly', 'upper', 'low'],
      ['up to', 'upper', 'low'],
      ['up to about', 'upper', 'low'],
      ['over', 'lower', 'high'],
      ['over about', 'lower', 'high'],
    ];
    for (const [q, kind, open] of table) {
      assert.equal(boundKind(q), kind, q);
      assert.equal(openSide(q), open, q);
    }
  });

  it('words a figure with its qualifier, and an exact one without', () => {
    assert.equal(qualifierWords('exact'), '');
    assert.equal(qualifierWords('up to about'), 'up to about ');
    assert.equal(qualifierWords('over'), 'over ');
  });

  it('never gives "over" and "up to" the same look, in SVG or in a PowerPoint chart', () => {
    assert.notEqual(MARK_LOOKS.upper.svg, MARK_LOOKS.lower.svg);
    assert.notEqual(MARK_LOOKS.upper.drawingml, MARK_LOOKS.lower.drawingml);
    assert.notEqual(MARK_LOOKS.approx.drawingml, MARK_LOOKS.point.drawingml);
  });

  it('writes a legend entry per kind present, in kind order, naming the qualifiers shown', () => {
    assert.deepEqual(boundLegend(['over', 'exact', 'nearly'], 'svg'), [
      { kind: 'point', text: 'exact: solid bar; the figure as given' },
      { kind: 'upper', text: '“nearly”: fades in from zero to a hard end; an upper bound, the lower side open' },
      { kind: 'lower', text: '“over”: starts at the bound and runs on (→); a lower bound, the upper side open' },
    ]);
    assert.deepEqual(boundLegend(['some'], 'drawingml'), [
      { kind: 'approx', text: '“some”: dashed outline; approximate' },
    ]);
  });
});

describe('a card’s figure in two parts', () => {
  it('sets the unit apart only where it is not part of the number', async () => {
    const { markValueParts } = await import('./labels');
    assert.deepEqual(markValueParts({ value: 97000, unit: 'mines', qualifier: 'nearly' }), {
      figure: 'nearly 97,000',
      unit: 'mines',
    });
    assert.deepEqual(markValueParts({ value: 1, unit: 'votes', qualifier: 'exact' }), { figure: '1', unit: 'vote' });
    assert.deepEqual(markValueParts({ value: 24, unit: '%', qualifier: 'about' }), { figure: 'about 24%', unit: null });
  });
});
