#!/usr/bin/env node
// npm run bench: builds the app, then prints and checks for every route
//  - first-load JavaScript, gzipped (from .next/diagnostics/route-bundle-stats.json), against the framework floor (/_not-found);
//  - the server HTML size;
//  - Lighthouse 12.2.3 scores (performance, accessibility, best practices, SEO) and LCP, CLS, TBT, default mobile settings.
// Budgets (the exit status enforces them): pages without Recharts ≤ 1.3 × floor, pages with Recharts ≤ 1.8 × floor;
// Lighthouse performance ≥ 0.95 and accessibility = 1.00 on every page; CLS = 0.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hasServerBuild, nextBuild, startServer } from './server-build.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const base = `http://127.0.0.1:${PORT}`;
const skipBuild = process.argv.includes('--no-build');
const skipLighthouse = process.argv.includes('--no-lighthouse');

if (!skipBuild || !hasServerBuild(root)) nextBuild(root);

// 1. First-load JS per route
const stats = JSON.parse(readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8'));
const gz = (paths) => paths.reduce((t, p) => t + gzipSync(readFileSync(p), { level: 9 }).length, 0);
const js = Object.fromEntries(
  stats.map((r) => [r.route, { raw: r.firstLoadUncompressedJsBytes, gzip: gz(r.firstLoadChunkPaths) }]),
);
const floor = js['/_not-found']?.gzip;
if (!floor) throw new Error('no /_not-found route in route-bundle-stats.json');
// Routes that show a Recharts chart (loaded lazily on those pages).
const RECHARTS_ROUTES = new Set(['/datasets/[id]', '/embed/[dataset]/[chart]']);

// 2. Server HTML and Lighthouse, against the production server
const servers = [await startServer(root, PORT)];

// The reference: an empty Next.js page (.ci/floor-app) built with the same next and react, served the same way.
// Its Lighthouse score is what this host allows any App Router page; it has no budget of its own.
const FLOOR_APP = join(root, '.ci/floor-app');
const withFloor = !skipLighthouse && !process.argv.includes('--no-floor-app');
if (withFloor) {
  if (!skipBuild || !hasServerBuild(FLOOR_APP)) nextBuild(FLOOR_APP);
  servers.push(await startServer(FLOOR_APP, PORT + 1));
}

const ONLY = process.env.BENCH_PAGES ? process.env.BENCH_PAGES.split(',') : null;
const ALL_PAGES = [
  { route: '/', url: '/' },
  { route: '/datasets/[id]', url: '/datasets/casualties' },
  { route: '/datasets/[id]', url: '/datasets/arms-imports' },
  { route: '/datasets/[id]', url: '/datasets/timeline' },
  { route: '/sources', url: '/sources' },
  { route: '/brief', url: '/brief' },
  { route: '/brief/build', url: '/brief/build' },
  { route: '/figures', url: '/figures' },
  { route: '/embed/[dataset]/[chart]', url: '/embed/casualties/ranges' },
  { route: '/embed/[dataset]/[chart]', url: '/embed/arms-imports/imports-bars' },
  // The pages that gained a map (issue 22).
  { route: '/map', url: '/map' },
  { route: '/datasets/[id]', url: '/datasets/mine-maps' },
  { route: '/datasets/[id]', url: '/datasets/distances-and-ranges' },
  { route: '/datasets/[id]', url: '/datasets/places' },
  { route: '/embed/[dataset]/[chart]', url: '/embed/places/places-map' },
];
const PAGES = ONLY ? ALL_PAGES.filter((p) => ONLY.includes(p.url)) : ALL_PAGES;

const rows = [];
for (const p of PAGES) {
  const html = await (await fetch(base + p.url)).text();
  rows.push({
    ...p,
    href: base + p.url,
    js: js[p.route],
    html: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
  });
}
const floorRow = withFloor
  ? {
      route: 'reference',
      url: 'empty Next.js page (reference)',
      href: `http://127.0.0.1:${PORT + 1}/`,
      reference: true,
    }
  : null;

if (!skipLighthouse) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chromePath =
    process.env.CHROME_PATH ||
    process.env.CHROMIUM_PATH ||
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const RUNS = Number(process.env.BENCH_RUNS ?? 5);
  const measured = floorRow ? [floorRow, ...rows] : rows;
  for (const row of measured) {
    row.runs = [];
    row.errors = [];
  }
  // Rounds: every page once per round, so a slow spell of the host falls on all pages alike.
  for (let i = 0; i < RUNS; i++) {
    for (const row of measured) {
      const chrome = await chromeLauncher.launch({
        chromePath,
        chromeFlags: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      });
      try {
        const { lhr } = await lighthouse(row.href, { port: chrome.port, output: 'json', logLevel: 'error' });
        if (lhr.runtimeError || lhr.categories.performance.score === null) {
          // A run Lighthouse could not score (it says why); kept out of the median and reported.
          const why = String(lhr.runtimeError?.message ?? 'no performance score');
          row.errors.push(why);
          console.error(`${row.url}: run ${i + 1} not scored: ${why}`);
          continue;
        }
        row.runs.push({
          performance: lhr.categories.performance.score,
          accessibility: lhr.categories.accessibility.score,
          bestPractices: lhr.categories['best-practices'].score,
          seo: lhr.categories.seo.score,
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
          tbt: lhr.audits['total-blocking-time'].numericValue,
          // Lighthouse's own measure of the host's CPU speed during the run (higher is faster). Its simulated 4×
          // slowdown multiplies whatever the host measured, so a slow or busy host lowers TBT-driven scores;
          // Lighthouse warns below 1,000 (docs/throttling.md, "calibrating multipliers").
          benchmarkIndex: lhr.environment.benchmarkIndex,
        });
      } finally {
        await chrome.kill();
      }
    }
  }
  for (const row of measured) {
    const runs = row.runs;
    row.lhRuns = runs.length;
    if (runs.length === 0) continue;
    // The median run by performance score (Lighthouse varies from run to run on a shared machine).
    runs.sort((a, b) => a.performance - b.performance);
    row.lh = runs[Math.floor(runs.length / 2)];
    row.clsMax = Math.max(...runs.map((r) => r.cls));
    row.perfMin = runs[0].performance;
    row.perfMax = runs[runs.length - 1].performance;
  }
}
for (const s of servers) s.kill('SIGTERM');

// 3. Report and budgets
const kb = (n) => (n / 1024).toFixed(1);
const failures = [];
let checks = 0;
const check = (ok, message) => {
  checks++;
  if (!ok) failures.push(message);
};
const lhCells = (r) =>
  r.lh
    ? `${r.lh.performance.toFixed(2)} (${r.perfMin.toFixed(2)}–${r.perfMax.toFixed(2)}) | ${r.lh.accessibility.toFixed(2)} | ${r.lh.bestPractices.toFixed(2)} | ${r.lh.seo.toFixed(2)} | ${Math.round(r.lh.lcp)} ms | ${r.lh.cls.toFixed(3)} | ${Math.round(r.lh.tbt)} ms | ${Math.round(r.lh.benchmarkIndex)} |`
    : '– | – | – | – | – | – | – | – |';
const lines = [
  `Framework floor (/_not-found): ${kb(floor)} KB first-load JS gzipped. Lighthouse 12.2.3: median of ${process.env.BENCH_RUNS ?? 5} runs per page (range in brackets), default mobile settings (simulated 4× CPU slowdown, slow 4G); host speed is Lighthouse's benchmarkIndex in the median run.`,
  '',
  '| Page | First-load JS (gzip) | × floor | Budget | HTML (raw / gzip) | Perf (range) | A11y | Best pr. | SEO | LCP | CLS | TBT | Host speed |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
if (floorRow?.lh) lines.push(`| ${floorRow.url} | – | – | none | – | ${lhCells(floorRow)}`);
for (const r of rows) {
  const ratio = r.js.gzip / floor;
  const budget = RECHARTS_ROUTES.has(r.route) ? 1.8 : 1.3;
  check(ratio <= budget, `${r.url}: first-load JS ${ratio.toFixed(2)} × floor > ${budget}`);
  if (!skipLighthouse) {
    const tried = r.errors.length + r.lhRuns;
    check(
      r.errors.length * 2 < tried,
      `${r.url}: Lighthouse could not score ${r.errors.length} of ${tried} runs (${r.errors[0]})`,
    );
  }
  const lh = r.lh;
  if (lh) {
    check(lh.performance >= 0.95, `${r.url}: Lighthouse performance ${lh.performance} < 0.95`);
    check(lh.accessibility >= 1, `${r.url}: Lighthouse accessibility ${lh.accessibility} < 1.00`);
    check(r.clsMax === 0, `${r.url}: CLS ${r.clsMax} > 0 (worst of ${r.lhRuns} runs)`);
  }
  lines.push(
    `| ${r.url} | ${kb(r.js.gzip)} KB | ${ratio.toFixed(2)} | ${budget} | ${kb(r.html)} / ${kb(r.htmlGzip)} KB | ${lhCells(r)}`,
  );
}
if (floorRow?.lh) {
  lines.push(
    '',
    `Reference: an empty Next.js page with the same next and react (.ci/floor-app) scored ${floorRow.lh.performance.toFixed(2)} ` +
      `(${floorRow.perfMin.toFixed(2)}–${floorRow.perfMax.toFixed(2)}), TBT ${Math.round(floorRow.lh.tbt)} ms, on this host in the same rounds.` +
      (floorRow.lh.performance < 0.95
        ? ' It is itself under the 0.95 budget here: this host is too slow for that budget to be met by any App Router page.'
        : ''),
  );
}
const report = lines.join('\n');
console.log(`\n${report}\n`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.md', `${report}\n`);
writeFileSync('bench-results/bench.json', JSON.stringify({ floor, reference: floorRow, rows, failures }, null, 2));
if (failures.length) console.error(`Budgets failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`bench: ${checks - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
