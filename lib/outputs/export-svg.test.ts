import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildExportSvg } from './export-svg';

describe('exported SVG', () => {
  it('places a chart whose root carries its own size (as Recharts draws it) without a repeated attribute', () => {
    const out = buildExportSvg({
      chartMarkup:
        '<svg xmlns="http://www.w3.org/2000/svg" class="recharts-surface" width="500" height="200" viewBox="0 0 500 200"><rect width="10" height="10"/></svg>',
      chartWidth: 500,
      chartHeight: 200,
      title: 'T',
      subtitle: 'S',
      source: 'Source: X',
      background: '#fff',
      color: '#000',
    });
    const root = /<svg x="16"[^>]*>/.exec(out.text)![0];
    assert.equal(root.match(/\swidth=/g)!.length, 1, root);
    assert.equal(root.match(/\sheight=/g)!.length, 1, root);
    assert.match(root, /viewBox="0 0 500 200"/);
    assert.match(out.text, /<rect width="10" height="10"\/>/, 'the chart inside keeps its own sizes');
  });
});
