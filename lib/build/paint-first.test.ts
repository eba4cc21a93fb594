import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import {
  COMPILE_HINT,
  FALLBACK_MS,
  inlineScripts,
  LOADER_ATTRIBUTE,
  loaderScripts,
  paintFirst,
  withCompileHint,
  withScriptHashes,
} from './paint-first.mjs';

const HEAD_SCRIPTS =
  '<script src="/_next/static/chunks/a1.js" async=""></script><script src="/_next/static/chunks/turbopack-b2.js" async=""></script>';
const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/c3.js"/>${HEAD_SCRIPTS}<script src="/_next/static/chunks/poly.js" noModule=""></script></head><body><main><p>Text</p></main><script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script><script src="/_next/static/chunks/c3.js" async=""></script><script>self.__next_f.push([1,"<script src=\\"/_next/static/chunks/x.js\\" async=\\"\\">"])</script></body></html>`;

const loaderOf = (html: string) => {
  const m = new RegExp(`<script ${LOADER_ATTRIBUTE}="">(.*?)</script></body>`, 's').exec(html);
  assert.ok(m?.[1], 'the loader is the last thing in the body');
  return m[1];
};

test('moves the start-up scripts, in their order, into a loader at the end of the body', () => {
  const { html, scripts } = paintFirst(PAGE);
  assert.deepEqual(scripts, [
    '/_next/static/chunks/a1.js',
    '/_next/static/chunks/turbopack-b2.js',
    '/_next/static/chunks/c3.js',
  ]);
  assert.doesNotMatch(html, /<script src="[^"]*" async=""><\/script>/, 'no start-up script tag is left');
  // Everything else stays: the preload, the module-less fallback, the inline scripts (and the script-like text inside them).
  for (const kept of [
    'rel="preload" as="script" fetchPriority="low"',
    'noModule=""',
    '<script id="_R_">',
    'self.__next_f.push',
    '<main><p>Text</p></main>',
  ])
    assert.ok(html.includes(kept), kept);
  assert.equal(
    html.replace(loaderOf(html), '').replace(`<script ${LOADER_ATTRIBUTE}=""></script>`, ''),
    PAGE.replace(/<script src="\/_next\/static\/chunks\/(a1|turbopack-b2|c3)\.js" async=""><\/script>/g, ''),
  );
});

test('leaves a page alone when there is nothing to move, no body end, or the loader is already there', () => {
  const plain = '<html><head></head><body><p>x</p></body></html>';
  assert.deepEqual(paintFirst(plain), { html: plain, scripts: [] });
  const noBody = PAGE.replace('</body></html>', '');
  assert.deepEqual(paintFirst(noBody), { html: noBody, scripts: [] });
  const once = paintFirst(PAGE).html;
  assert.deepEqual(paintFirst(once), { html: once, scripts: [] });
});

test('a script path cannot close the loader early', () => {
  const evil =
    '<html><head><script src="/_next/static/chunks/a</script>.js" async=""></script></head><body></body></html>';
  // Not Next's form (a path with "<" or ">"): left as it was rather than copied into the loader.
  assert.deepEqual(paintFirst(evil).scripts, []);
});

/** Runs the loader's own text in a stand-in browser and reports which scripts it added, and when. */
function runLoader(opts: { visible?: boolean; observer?: 'none' | 'no-paint' | 'throws' | 'ok'; paintNow?: boolean }) {
  const { html } = paintFirst(PAGE);
  const added: string[] = [];
  const timers: Array<{ fn: () => void; ms: number }> = [];
  let paintCallback: ((list: { getEntriesByName: (n: string) => unknown[] }) => void) | null = null;
  class FakeObserver {
    static supportedEntryTypes = opts.observer === 'no-paint' ? ['mark'] : ['paint', 'mark'];
    constructor(cb: typeof paintCallback) {
      paintCallback = cb;
    }
    observe() {
      if (opts.observer === 'throws') throw new TypeError('unsupported');
      if (opts.paintNow) paintCallback?.({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) });
    }
  }
  const context = {
    document: {
      visibilityState: opts.visible === false ? 'hidden' : 'visible',
      createElement: () => ({ src: '', async: false }),
      head: {
        appendChild: (s: { src: string; async: boolean }) => {
          assert.equal(s.async, true);
          added.push(s.src);
        },
      },
    },
    PerformanceObserver: opts.observer === 'none' ? undefined : FakeObserver,
    setTimeout: (fn: () => void, ms: number) => {
      timers.push({ fn, ms });
    },
  };
  runInNewContext(loaderOf(html), context);
  /** Runs, once, the timers now waiting with this delay (those they set wait for the next call). */
  const fire = (ms: number) => {
    const due = timers.filter((t) => t.ms === ms);
    for (const t of due) timers.splice(timers.indexOf(t), 1);
    for (const t of due) t.fn();
  };
  return {
    added,
    timers,
    paint: () => paintCallback?.({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) }),
    otherPaint: () => paintCallback?.({ getEntriesByName: () => [] }),
    fire,
    /** Runs zero-delay timers task after task until none is left. */
    settle: () => {
      for (let i = 0; i < 100 && timers.some((t) => t.ms === 0); i++) fire(0);
    },
  };
}

const ALL = ['/_next/static/chunks/a1.js', '/_next/static/chunks/turbopack-b2.js', '/_next/static/chunks/c3.js'];

test('a visible page adds the scripts in the task after its first contentful paint, once', () => {
  const r = runLoader({ observer: 'ok' });
  assert.deepEqual(r.added, [], 'nothing before the paint');
  r.otherPaint();
  r.settle();
  assert.deepEqual(r.added, [], 'first-paint alone (no content yet) does not count');
  r.paint();
  assert.deepEqual(r.added, [], 'not inside the paint entry callback');
  r.fire(0);
  assert.deepEqual(r.added, ALL.slice(0, 1), 'the first script in the next task');
  r.fire(0);
  assert.deepEqual(r.added, ALL.slice(0, 2), 'then one script per task');
  r.settle();
  assert.deepEqual(r.added, ALL);
  r.fire(FALLBACK_MS);
  r.paint();
  r.settle();
  assert.deepEqual(r.added, ALL, 'the fallback and later entries add nothing more');
});

test('a paint that happened before the loader ran (buffered entry) still starts the scripts', () => {
  const r = runLoader({ observer: 'ok', paintNow: true });
  r.settle();
  assert.deepEqual(r.added, ALL);
});

test('no paint reported: the scripts load after the fallback delay', () => {
  const r = runLoader({ observer: 'ok' });
  assert.ok(r.timers.some((t) => t.ms === FALLBACK_MS));
  r.fire(FALLBACK_MS);
  r.settle();
  assert.deepEqual(r.added, ALL);
});

test('hidden page, no PerformanceObserver, no paint timing, or observe() throwing: the scripts start at once', () => {
  for (const opts of [
    { visible: false, observer: 'ok' },
    { observer: 'none' },
    { observer: 'no-paint' },
    { observer: 'throws' },
  ] as const) {
    const r = runLoader(opts);
    assert.deepEqual(r.added, ALL.slice(0, 1), `${JSON.stringify(opts)}: the first script at once`);
    r.settle();
    assert.deepEqual(r.added, ALL, JSON.stringify(opts));
    r.fire(FALLBACK_MS);
    r.settle();
    assert.deepEqual(r.added, ALL, `${JSON.stringify(opts)}: not twice`);
  }
});

test('the loader names the scripts it moved; a page without a loader names none', () => {
  const { html, scripts } = paintFirst(PAGE);
  assert.deepEqual(loaderScripts(html), scripts);
  assert.deepEqual(loaderScripts(PAGE), []);
});

test('the compile hint is the first line, once, and the script is otherwise unchanged', () => {
  const js = '(globalThis.TURBOPACK||[]).push([1,function(){}]);\n//# sourceMappingURL=x.map';
  const hinted = withCompileHint(js);
  assert.equal(hinted.split('\n')[0], COMPILE_HINT);
  assert.equal(COMPILE_HINT, '//# allFunctionsCalledOnLoad');
  assert.equal(hinted.slice(COMPILE_HINT.length + 1), js);
  assert.equal(withCompileHint(hinted), hinted);
});

test('the build step rewrites the pages and hints exactly the start-up scripts, and running it twice changes nothing', () => {
  const root = mkdtempSync(join(tmpdir(), 'paint-first-'));
  try {
    const pages = join(root, 'app');
    const stat = join(root, 'static');
    mkdirSync(join(pages, 'sub'), { recursive: true });
    mkdirSync(join(stat, 'chunks'), { recursive: true });
    writeFileSync(join(pages, 'index.html'), PAGE);
    writeFileSync(join(pages, 'sub', 'other.html'), PAGE.replace('a1.js', 'a9.js'));
    for (const c of ['a1', 'a9', 'turbopack-b2', 'c3', 'lazy'])
      writeFileSync(join(stat, 'chunks', `${c}.js`), `/* ${c} */`);
    const run = () => execFileSync(process.execPath, ['.ci/paint-first.mjs', pages, stat], { encoding: 'utf8' });
    assert.match(run(), /2 of 2 pages .* \(2 rewritten now\); 4 start-up scripts .* compile eagerly/);
    const chunk = (c: string) => readFileSync(join(stat, 'chunks', `${c}.js`), 'utf8');
    for (const c of ['a1', 'a9', 'turbopack-b2', 'c3']) assert.equal(chunk(c), `${COMPILE_HINT}\n/* ${c} */`, c);
    assert.equal(chunk('lazy'), '/* lazy */', 'a script no loader names stays lazily compiled');
    const after = readFileSync(join(pages, 'index.html'), 'utf8');
    assert.deepEqual(loaderScripts(after), paintFirst(PAGE).scripts);
    assert.match(run(), /\(0 rewritten now\); 4 start-up scripts/);
    assert.equal(readFileSync(join(pages, 'index.html'), 'utf8'), after);
    assert.equal(chunk('a1'), `${COMPILE_HINT}\n/* a1 */`, 'not hinted twice');
    // A script a loader names but the static folder lacks: the wrong folder was given, so the step fails.
    const fails = (pattern: RegExp) =>
      assert.throws(
        () => execFileSync(process.execPath, ['.ci/paint-first.mjs', pages, stat], { stdio: 'pipe' }),
        pattern,
      );
    rmSync(join(stat, 'chunks', 'c3.js'));
    fails(/not found under .*c3\.js/);
    // A name that climbs out of the static folder is never written, even when the file it points to exists.
    writeFileSync(join(stat, 'chunks', 'c3.js'), '/* c3 */');
    writeFileSync(join(root, 'outside.js'), '/* outside */');
    writeFileSync(join(pages, 'evil.html'), PAGE.replace('/_next/static/chunks/a1.js', '/_next/static/../outside.js'));
    fails(/not found under .*\/_next\/static\/\.\.\/outside\.js/);
    assert.equal(readFileSync(join(root, 'outside.js'), 'utf8'), '/* outside */');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

describe('inline-script hashes', () => {
  const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('base64');
  const page =
    '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script>a()</script></head><body><script type="application/ld+json">{"x":1}</script><script src="/_next/static/x.js" async=""></script><script>self.__next_f.push([1])</script></body></html>';

  it('lists the scripts a browser runs: inline JavaScript, not data blocks or scripts with src', () => {
    assert.deepEqual(inlineScripts(page), ['a()', 'self.__next_f.push([1])']);
  });

  it('writes a meta policy first in the head with a hash per inline script and no unsafe-inline, once', () => {
    const out = withScriptHashes(page, sha);
    const meta = /<head><meta http-equiv="Content-Security-Policy" data-inline-scripts="" content="([^"]*)"\/>/.exec(
      out,
    );
    assert.ok(meta, out.slice(0, 200));
    // Worked out here with the test's own hash: sha256 of "a()" and of the push.
    assert.equal(
      meta[1],
      `script-src 'self' 'sha256-${sha('a()')}' 'sha256-${sha('self.__next_f.push([1])')}'; object-src 'none'; base-uri 'self'`,
    );
    assert.ok(!meta[1].includes('unsafe-inline'));
    assert.equal(withScriptHashes(out, sha), out, 'a second run changes nothing');
    assert.equal(withScriptHashes('<p>no head</p>', sha), '<p>no head</p>');
  });
});
