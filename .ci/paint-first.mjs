#!/usr/bin/env node
// Build step: every built page loads Next's start-up scripts after its first paint, those scripts are marked for
// eager compilation, and each page gets a meta policy with the hashes of its inline scripts (lib/build/paint-first.mjs says why).
// Usage: node .ci/paint-first.mjs PAGES STATIC — rewrites the .html files under PAGES in place (.next/server/app after
// `next build`, out/ after the static export), then the start-up scripts their loaders name, found under STATIC (the
// folder served as /_next/static/: .next/static, out/_next/static). Fails when no page has the loader afterwards (Next's
// output changed and the step with it) or when a script a loader names is not under STATIC.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loaderScripts, paintFirst, withCompileHint, withScriptHashes } from '../lib/build/paint-first.mjs';

/** @param {string} text */
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('base64');

const STATIC_PREFIX = '/_next/static/';

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

/**
 * Rewrites the pages under `dir`, then the start-up scripts their loaders name (under `staticDir`). Returns how many
 * pages there are, how many changed and how many have the loader; the start-up scripts, and those of them not found.
 * @param {string} dir @param {string} staticDir
 */
export function paintFirstDir(dir, staticDir) {
  const files = htmlFiles(dir);
  let changed = 0;
  let withLoader = 0;
  /** @type {Set<string>} */
  const startup = new Set();
  for (const f of files) {
    const before = readFileSync(f, 'utf8');
    const { html: moved, scripts } = paintFirst(before);
    // Then the page's inline scripts are final (the loader among them): hash them into its meta policy.
    const html = withScriptHashes(moved, sha256);
    if (html !== before) writeFileSync(f, html);
    if (scripts.length) changed++;
    // paintFirst() writes a loader only when it has scripts to name, so a page with names is a page with the loader.
    const names = loaderScripts(html);
    if (names.length) withLoader++;
    for (const src of names) startup.add(src);
  }
  /** @type {string[]} */
  const missing = [];
  const root = resolve(staticDir) + sep;
  for (const src of startup) {
    // Only files inside STATIC: a name that is not under /_next/static/, or that climbs out of it, counts as missing.
    const file = src.startsWith(STATIC_PREFIX) ? resolve(staticDir, src.slice(STATIC_PREFIX.length)) : '';
    if (!file.startsWith(root) || !existsSync(file)) {
      missing.push(src);
      continue;
    }
    const js = readFileSync(file, 'utf8');
    const hinted = withCompileHint(js);
    if (hinted !== js) writeFileSync(file, hinted);
  }
  return { pages: files.length, changed, withLoader, scripts: startup.size, missing };
}

/**
 * Runs paintFirstDir, says what it did, and exits with status 1 when no page has the loader afterwards or a start-up
 * script is missing.
 * @param {string} dir @param {string} staticDir
 */
export function paintFirstOrExit(dir, staticDir) {
  const { pages, changed, withLoader, scripts, missing } = paintFirstDir(dir, staticDir);
  console.log(
    `paint-first: ${withLoader} of ${pages} pages under ${dir} load their scripts after the first paint (${changed} rewritten now); ` +
      `${scripts - missing.length} start-up scripts under ${staticDir} compile eagerly`,
  );
  if (withLoader === 0) {
    console.error(
      "paint-first: no page had Next's start-up scripts in the expected form; see lib/build/paint-first.mjs",
    );
    process.exit(1);
  }
  if (missing.length) {
    console.error(`paint-first: start-up scripts not found under ${staticDir}: ${missing.join(' ')}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, staticDir] = process.argv.slice(2);
  if (!dir || !staticDir) {
    console.error('usage: node .ci/paint-first.mjs PAGES STATIC');
    process.exit(2);
  }
  paintFirstOrExit(dir, staticDir);
}
