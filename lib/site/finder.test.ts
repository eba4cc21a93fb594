import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesRow, parseFinder, serializeFinder } from './finder';

describe('figure finder', () => {
  const facets = {
    dataset: 'mine-maps',
    claim: 'statement-by-a-party',
    qualifier: 'some',
    section: '2',
    footnote: '17',
  };
  const text = 'some 25 percent Stated accuracy of the minefield maps provided by Armenia’s side';
  it('matches every word of the query in any order, case and curly quotes folded, and every filter', () => {
    assert.equal(matchesRow(facets, text, parseFinder('?q=MAPS+stated')), true);
    assert.equal(matchesRow(facets, text, parseFinder("?q=armenia's")), true);
    assert.equal(matchesRow(facets, text, parseFinder('?q=maps+tanks')), false);
    assert.equal(matchesRow(facets, text, parseFinder('?claim=statement-by-a-party&footnote=17')), true);
    assert.equal(matchesRow(facets, text, parseFinder('?claim=estimate')), false);
  });
  it('reads and writes the address, ignoring unknown and hostile values', () => {
    assert.deepEqual(parseFinder('?q=mine&claim=statement-by-a-party&x=1&dataset=%3Cb%3E'), {
      q: 'mine',
      filters: { claim: 'statement-by-a-party' },
    });
    assert.equal(serializeFinder({ q: ' mine ', filters: { claim: 'estimate' } }), '?q=mine&claim=estimate');
    assert.equal(serializeFinder({ q: '', filters: {} }), '');
  });
});
