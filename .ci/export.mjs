#!/usr/bin/env node
// npm run export: writes a static copy of the whole dashboard (pages, deck, downloads) to out/,
// for any static file server, e.g. to take to a room with no network. With --check it then serves
// out/ on 127.0.0.1, fetches every page and download, and fails on a missing file or an outside address.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { loaderScripts } from '../lib/build/paint-first.mjs';
import { paintFirstOrExit } from './paint-first.mjs';
import { writeDeployFiles } from './static-deploy.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
// An export build writes its own build files to .next (only the exported site goes to .next-export), where
// `next start` would then redirect every dataset page (trailingSlash). Keep the server build aside meanwhile.
const KEEP = '.next-server-kept';
rmSync(KEEP, { recursive: true, force: true });
const kept = existsSync('.next');
if (kept) renameSync('.next', KEEP);
let build;
try {
  build = spawnSync(join(root, 'node_modules/.bin/next'), ['build'], {
    stdio: 'inherit',
    env: { ...process.env, STATIC_EXPORT: '1' },
  });
} finally {
  rmSync('.next', { recursive: true, force: true });
  if (kept) renameSync(KEEP, '.next');
}
if (build.status !== 0) process.exit(build.status ?? 1);
rmSync('out', { recursive: true, force: true });
renameSync('.next-export', 'out');
// As for the server build: pages load their scripts after the first paint (lib/build/paint-first.mjs).
paintFirstOrExit('out', 'out/_next/static');
// The headers a static host sends: out/_headers and deploy/nginx.conf, from the list the Node server uses.
writeDeployFiles();

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const all = files('out');
const bytes = all.reduce((s, f) => s + statSync(f).size, 0);
console.log(
  `Static copy written to out/: ${all.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB. Serve it at the root of any static server (for example: npx serve out).`,
);

if (!process.argv.includes('--check')) process.exit(0);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let p = normalize(join('out', decodeURIComponent(url.pathname)));
  if (!p.startsWith('out')) p = 'out/404.html';
  if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
  if (!existsSync(p)) {
    res.writeHead(404, { 'content-type': TYPES['.html'] });
    createReadStream('out/404.html').pipe(res);
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(p)] ?? 'application/octet-stream' });
  createReadStream(p).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const resources = JSON.parse(readFileSync('out/data/datapackage.json', 'utf8')).resources.map((r) => r.name);
// The other sources are a resource of the package with their own CSV and JSON, shown on /sources and beside the
// report's figures; they have no dataset page, deck or citation files of their own.
const OTHER = 'other-sources';
const ids = resources.filter((id) => id !== OTHER);
const paths = [
  '/',
  '/datasets/',
  '/figures/',
  '/sources/',
  '/brief/',
  '/brief/build/',
  '/embed/casualties/ranges/',
  '/embed/mine-maps/',
  '/embed.js',
  '/share/casualties.png',
  '/share/mine-maps/accuracy-waffle.png',
  ...ids.map((id) => `/datasets/${id}/`),
  ...ids.flatMap((id) => [
    `/data/${id}.csv`,
    `/data/${id}.json`,
    `/data/${id}.pptx`,
    `/data/${id}.xlsx`,
    `/data/${id}.bib`,
    `/data/${id}.ris`,
    `/data/${id}.csl.json`,
    `/data/package/${id}.csv`,
  ]),
  `/data/${OTHER}.csv`,
  `/data/${OTHER}.json`,
  `/data/package/${OTHER}.csv`,
  '/data/datapackage.json',
  '/data/CHANGELOG.md',
  '/data/brief.pptx',
  '/data/karabakh-report-figures.xlsx',
  '/data/karabakh-report-figures.zip',
  '/vendor/pptxgen.bundle.js',
];
let failed = 0;
const scripts = new Map(); // the scripts fetched so far, by path, with their text
for (const path of paths) {
  const res = await fetch(base + path);
  const text = await res.text();
  // Assets from another host (scripts, images, styles, fonts) break the copy's promise of no CDN; links that a
  // reader follows to a cited document (<a href>) are the product's provenance and stay.
  const outside = [
    ...text.matchAll(/(?:src|srcset|srcSet)="(?:https?:)?\/\/([^"/]+)|<link\b[^>]*\bhref="(?:https?:)?\/\/([^"/]+)/g),
  ].map((m) => m[1] ?? m[2]);
  // Attributes, and the start-up scripts the paint-first loader names.
  const assets = [
    ...new Set([...[...text.matchAll(/(?:src|href)="(\/_next\/[^"]+)"/g)].map((m) => m[1]), ...loaderScripts(text)]),
  ];
  const missing = [];
  for (const a of assets) {
    const r = await fetch(base + a);
    if (r.status !== 200) missing.push(a);
    else if (a.endsWith('.js') && !scripts.has(a)) scripts.set(a, await r.text());
  }
  if (res.status !== 200 || outside.length || missing.length) {
    failed++;
    console.error(
      `FAIL ${path}: status ${res.status}${outside.length ? `, outside hosts ${outside.join(' ')}` : ''}${missing.length ? `, missing ${missing.join(' ')}` : ''}`,
    );
  }
}
// Code a page loads on demand (the table's sorting code, the Recharts charts) is named inside the page's scripts, not in its
// HTML: follow those names from every script the pages load, and check each file is in the copy.
const queue = [...scripts.keys()];
const lazyMissing = [];
let lazyCount = 0;
while (queue.length) {
  for (const m of scripts.get(queue.shift()).matchAll(/"(static\/chunks\/[^"]+\.js)"/g)) {
    const url = `/_next/${m[1]}`;
    if (scripts.has(url) || lazyMissing.includes(url)) continue;
    lazyCount++;
    const r = await fetch(base + url);
    if (r.status !== 200) lazyMissing.push(url);
    else {
      scripts.set(url, await r.text());
      queue.push(url);
    }
  }
}
const lazyOk = lazyCount > 0 && lazyMissing.length === 0;
if (!lazyOk) {
  failed++;
  console.error(
    lazyCount === 0
      ? "FAIL on-demand scripts: none found in the pages' scripts"
      : `FAIL on-demand scripts missing: ${lazyMissing.join(' ')}`,
  );
}
server.close();
console.log(`static copy check: ${paths.length + 1 - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
