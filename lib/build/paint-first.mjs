// @ts-check
// Paint first, then load the framework's scripts.
//
// Next writes its start-up scripts as <script src="/_next/static/…" async> in the page's head. The browser fetches them
// while it parses the page and runs each one as soon as it has arrived, which on a slow machine is often before the
// page's first paint: the reader waits for about 450 KB of JavaScript to be compiled and run before seeing text that was
// in the HTML all along (the same complaint: vercel/next.js#66958). Every page here is complete in its server HTML;
// the scripts only add sorting, tooltips, downloads and the deck's keys.
//
// paintFirst() takes those script tags out of a built page and puts in their place, at the end of the body, a small
// inline loader that adds them, one per task, once the browser has reported the page's first contentful paint. A page
// that is not visible (a background tab paints nothing until shown), or a browser without paint timing, loads them at
// once; if no paint is reported within 3 s they load anyway. The scripts load in any order (Next writes them async), so adding them
// later changes nothing else. Measured (Lighthouse 12.2.3, mobile, this 2-core host, 3 runs each of / and
// /datasets/casualties): LCP 913–1,115 ms with the loader against 1,538–2,570 ms without.
//
// The same step marks those start-up scripts for eager compilation (withCompileHint below).
//
// Plain JavaScript (types in paint-first.d.mts) because the build step (.ci/paint-first.mjs) runs it with Node alone.

/** Next's start-up script tags, exactly as it writes them. */
const ASYNC_SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js)" async=""><\/script>/g;
/** Marks a page that already has the loader, so running the step twice changes nothing. */
export const LOADER_ATTRIBUTE = 'data-paint-first';
/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): a script whose first line is this comment
 * has all its functions compiled as it streams in, on a background thread. Without it V8 compiles each function the
 * first time it is called, on the main thread: Next's start-up (module factories, React) ran as one 75–90 ms task on
 * /brief on this host (about 300 ms at Lighthouse's 4× slowdown, most of the page's blocking time). Only the start-up
 * scripts get it, because they are the code that runs while the page starts; code loaded on demand (Recharts, the
 * table's sorting) stays lazily compiled.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** How long a visible page waits for its first paint before loading the scripts anyway. */
export const FALLBACK_MS = 3000;

/**
 * The loader: adds a script element for each src, once, one per task (starting a script's fetch costs about 3 ms of
 * main thread on this host, 12 ms at a 4× slowdown; six in one task made a 77 ms task at 4×). The paint entry arrives
 * once the frame is on screen; the first script starts in the task after it. Runs in the browser; written as a function
 * so that tests can run the very text that goes into the page.
 * @param {string[]} srcs
 * @param {number} fallbackMs
 */
export function loadAfterFirstPaint(srcs, fallbackMs) {
  var done = false;
  /** @param {number} i */
  function add(i) {
    if (i >= srcs.length) return;
    var s = document.createElement('script');
    s.src = srcs[i];
    s.async = true;
    document.head.appendChild(s);
    setTimeout(() => {
      add(i + 1);
    }, 0);
  }
  function load() {
    if (done) return;
    done = true;
    add(0);
  }
  var P = typeof PerformanceObserver === 'function' ? PerformanceObserver : null;
  if (
    document.visibilityState !== 'visible' ||
    !P ||
    !P.supportedEntryTypes ||
    P.supportedEntryTypes.indexOf('paint') < 0
  ) {
    load();
    return;
  }
  try {
    new P((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) setTimeout(load, 0);
    }).observe({ type: 'paint', buffered: true });
  } catch (_e) {
    load();
    return;
  }
  setTimeout(load, fallbackMs);
}

/**
 * Moves a built page's start-up scripts behind the loader. A page without them, without a </body>, or with the loader
 * already in place comes back unchanged.
 * @param {string} html
 * @returns {{ html: string, scripts: string[] }}
 */
export function paintFirst(html) {
  if (html.includes(`<script ${LOADER_ATTRIBUTE}="">`)) return { html, scripts: [] };
  const end = html.lastIndexOf('</body>');
  if (end < 0) return { html, scripts: [] };
  /** @type {string[]} */
  const scripts = [];
  const body = html.slice(0, end).replace(ASYNC_SCRIPT, (_, src) => {
    scripts.push(src);
    return '';
  });
  if (!scripts.length) return { html, scripts };
  // JSON in an inline script: escape "<" so no value can close the script element.
  const args = `${JSON.stringify(scripts).replace(/</g, '\\u003c')},${FALLBACK_MS}`;
  // The function's own text, on one line (it has no line comments and no strings with line breaks).
  const code = loadAfterFirstPaint.toString().replace(/\n\s*/g, ' ');
  const loader = `<script ${LOADER_ATTRIBUTE}="">(${code})(${args})</script>`;
  return { html: body + loader + html.slice(end), scripts };
}

/**
 * The start-up scripts named in a page's loader (empty when the page has none).
 * @param {string} html
 * @returns {string[]}
 */
export function loaderScripts(html) {
  const m = new RegExp(`<script ${LOADER_ATTRIBUTE}="">\\(.*?\\)\\((\\[.*?\\]),\\d+\\)</script>`, 's').exec(html);
  return m ? JSON.parse(m[1]) : [];
}

/**
 * A script with the compile hint as its first line; a script that already has it comes back unchanged.
 * @param {string} js
 */
export function withCompileHint(js) {
  return js.startsWith(`${COMPILE_HINT}\n`) ? js : `${COMPILE_HINT}\n${js}`;
}

/** The meta policy the step writes, so a rerun replaces it instead of adding another. */
export const CSP_META_ATTRIBUTE = 'data-inline-scripts';

/**
 * The inline scripts of a page that a browser would run: every <script> without src whose type is empty or a
 * JavaScript type (JSON-LD and other data blocks are not run, so they need no hash).
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  /** @type {string[]} */
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['text/javascript', 'application/javascript', 'module'].includes(type)) continue;
    out.push(m[2] ?? '');
  }
  return out;
}

/**
 * Writes into a built page a <meta http-equiv="Content-Security-Policy"> whose script-src lists the SHA-256 hash of
 * each inline script the page carries, and no 'unsafe-inline': an inline script injected later has no hash and is
 * refused, on our server and on a static host that sets no headers (the meta policy travels with the HTML; the
 * header policy still applies beside it). `hash` is passed in (node:crypto in the build step, the tests' own).
 * @param {string} html
 * @param {(text: string) => string} hash base64 SHA-256 of a script's text
 * @returns {string}
 */
export function withScriptHashes(html, hash) {
  const without = html.replace(
    new RegExp(`<meta http-equiv="Content-Security-Policy" ${CSP_META_ATTRIBUTE}="" content="[^"]*"/>`),
    '',
  );
  const head = /<head\b[^>]*>/.exec(without);
  if (!head) return html;
  const hashes = [...new Set(inlineScripts(without).map((s) => `'sha256-${hash(s)}'`))];
  const meta = `<meta http-equiv="Content-Security-Policy" ${CSP_META_ATTRIBUTE}="" content="script-src 'self'${hashes.length ? ` ${hashes.join(' ')}` : ''}; object-src 'none'; base-uri 'self'"/>`;
  const at = head.index + head[0].length;
  return without.slice(0, at) + meta + without.slice(at);
}
