import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OTHER_SOURCE_ROWS } from '../../data/other-sources';
import { getDataset } from '../datasets/datasets';
import { escapeXml } from '../outputs/escape';
import { otherSourcesHtml } from './others-html';

const stored = OTHER_SOURCE_ROWS as readonly {
  id: string;
  kind: string;
  about: { dataset: string }[];
  printed?: string;
  quote?: string;
}[];

describe('the other sources section (HTML text)', () => {
  it('lists every stored row of the dataset, escaped, with its quote', () => {
    const html = otherSourcesHtml(getDataset('parliamentary-votes')!)!;
    for (const o of stored.filter((x) => x.about[0]!.dataset === 'parliamentary-votes')) {
      assert.ok(html.includes(`data-other="${o.id}"`), o.id);
      if (o.quote) assert.ok(html.includes(escapeXml(o.quote)), o.id);
    }
    assert.ok(!/<script/i.test(html));
  });

  it('calls a derived row derived, never the report’s figure', () => {
    const html = otherSourcesHtml(getDataset('arms-imports')!)!;
    assert.match(
      html,
      /Beside “<a href="#arms-imports-ratio">[^<]+<\/a>” <span class="muted">\([^)]*derived here from the report’s figures\)/,
    );
    assert.match(html, /Beside the report’s “<a href="#azerbaijan-arms-imports-2011-2020">/);
  });

  it('is absent where no row has other sources', () => {
    const none = { ...getDataset('timeline')!, id: 'no-such-dataset' };
    assert.equal(otherSourcesHtml(none), null);
  });
});
