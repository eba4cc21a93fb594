import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { EMBED_ASK, EMBED_MESSAGE, embedSnippet, isEmbedAsk, RESIZE_SCRIPT } from './embed';

/** Runs the served /embed.js in a fake page with two iframes; returns a way to send it messages. */
function page() {
  let handler: ((e: unknown) => void) | null = null;
  const asked: Array<{ id: number; message: unknown; origin: string }> = [];
  const frame = (id: number) => ({
    contentWindow: { id, postMessage: (message: unknown, origin: string) => asked.push({ id, message, origin }) },
    style: { height: '' },
  });
  const frames = [frame(1), frame(2)];
  const win: Record<string, unknown> = {
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      if (type === 'message') handler = fn;
    },
    location: { origin: 'https://news.example' },
    document: { currentScript: { src: 'https://figures.example/embed.js' }, querySelectorAll: () => frames },
    URL,
    isFinite,
    Object,
    Math,
  };
  win.window = win;
  runInNewContext(RESIZE_SCRIPT, win);
  return {
    frames,
    asked,
    send: (origin: string, data: unknown, source: unknown) => handler!({ origin, data, source }),
  };
}

describe('embed resizing', () => {
  it('sets the height of the iframe the message came from, only for our origin and the exact message shape', () => {
    const p = page();
    const ok = { type: EMBED_MESSAGE, height: 512.4 };
    p.send('https://evil.example', ok, p.frames[0]!.contentWindow);
    assert.equal(p.frames[0]!.style.height, '', 'another origin is ignored');
    p.send('https://figures.example', { ...ok, extra: 'x' }, p.frames[0]!.contentWindow);
    p.send('https://figures.example', { type: 'other', height: 300 }, p.frames[0]!.contentWindow);
    p.send('https://figures.example', { type: EMBED_MESSAGE, height: '300' }, p.frames[0]!.contentWindow);
    p.send('https://figures.example', { type: EMBED_MESSAGE, height: 1e9 }, p.frames[0]!.contentWindow);
    p.send('https://figures.example', 'height=300', p.frames[0]!.contentWindow);
    assert.equal(p.frames[0]!.style.height, '', 'other shapes are ignored');
    p.send('https://figures.example', ok, { id: 3 });
    assert.deepEqual(
      p.frames.map((f) => f.style.height),
      ['', ''],
      'a window that is not one of the iframes is ignored',
    );
    p.send('https://figures.example', ok, p.frames[1]!.contentWindow);
    assert.deepEqual(
      p.frames.map((f) => f.style.height),
      ['', '513px'],
    );
  });

  it('on start asks every iframe, addressed to our origin only, to say its height again', () => {
    const p = page();
    assert.deepEqual(JSON.parse(JSON.stringify(p.asked)), [
      { id: 1, message: { type: EMBED_ASK }, origin: 'https://figures.example' },
      { id: 2, message: { type: EMBED_ASK }, origin: 'https://figures.example' },
    ]);
    assert.equal(isEmbedAsk({ type: EMBED_ASK }), true);
    for (const m of [null, 'x', { type: EMBED_ASK, height: 1 }, { type: EMBED_MESSAGE }])
      assert.equal(isEmbedAsk(m), false);
  });

  it('gives an iframe with a title and the script from the same origin', () => {
    const s = embedSnippet('https://figures.example', 'casualties', 'ranges', 'Deaths "as ranges"');
    assert.match(
      s,
      /^<iframe src="https:\/\/figures\.example\/embed\/casualties\/ranges" title="Deaths &quot;as ranges&quot;"/,
    );
    assert.match(s, /<script src="https:\/\/figures\.example\/embed\.js" async><\/script>$/);
  });
});

describe('share images', () => {
  it('lead with the figure as printed, qualifier kept, and carry the source line', async () => {
    const { getCharts } = await import('../charts/registry');
    const { shareSvg, shareHeadline } = await import('../outputs/share-image');
    const ranges = getCharts().find((c) => c.datasetId === 'casualties' && c.id === 'ranges')!;
    assert.deepEqual(shareHeadline(ranges), {
      figure: 'up to seven thousand',
      label: 'Combatants killed, both sides (official reports) (up to; reported statistic)',
    });
    const svg = shareSvg(ranges, 'https://figures.example');
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    assert.ok(svg.includes('>up to seven thousand<'));
    assert.ok(svg.includes('>up to 7,000 people<'), 'bars keep their wording');
    assert.ok(svg.includes('section 5.2, no footnote'));
    const waffle = getCharts().find((c) => c.datasetId === 'mine-maps' && c.id === 'accuracy-waffle')!;
    assert.equal(shareHeadline(waffle).figure, 'some 25 percent');
  });
});
