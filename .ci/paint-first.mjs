#!/usr/bin/env node
// Build step: every built page loads Next's start-up scripts after its first paint (lib/paint-first.mjs says why).
// Usage: node .ci/paint-first.mjs DIR — rewrites the .html files under DIR in place (.next/server/app after `next build`,
// out/ after the static export). Fails when no page has the loader afterwards: Next's output changed and the step with it.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOADER_ATTRIBUTE, paintFirst } from '../lib/paint-first.mjs';

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

/** Rewrites the pages under `dir`; returns how many pages there are, how many changed and how many have the loader. */
export function paintFirstDir(dir) {
  const files = htmlFiles(dir);
  let changed = 0;
  let withLoader = 0;
  for (const f of files) {
    const { html, scripts } = paintFirst(readFileSync(f, 'utf8'));
    if (scripts.length) {
      writeFileSync(f, html);
      changed++;
    }
    if (html.includes(`<script ${LOADER_ATTRIBUTE}="">`)) withLoader++;
  }
  return { pages: files.length, changed, withLoader };
}

/** Rewrites the pages under `dir`, says so, and exits with status 1 when no page has the loader afterwards. */
export function paintFirstOrExit(dir) {
  const { pages, changed, withLoader } = paintFirstDir(dir);
  console.log(`paint-first: ${withLoader} of ${pages} pages under ${dir} load their scripts after the first paint (${changed} rewritten now)`);
  if (withLoader === 0) {
    console.error('paint-first: no page had Next\'s start-up scripts in the expected form; see lib/paint-first.mjs');
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node .ci/paint-first.mjs DIR');
    process.exit(2);
  }
  paintFirstOrExit(dir);
}
