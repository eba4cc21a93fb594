#!/usr/bin/env node
// Runs every unit test under lib/ (recursively) with Node's test runner and tsx, and fails when a *.test.ts file
// anywhere in the project (outside e2e/ and node_modules/) was not run: a test moved out of the runner's reach must
// not stop silently. Writes a TAP copy for the summary of `npm test` when UNIT_TAP names a file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const SKIP = new Set(['node_modules', '.next', 'out', 'e2e', '.git', 'test-results', 'playwright-report']);

/** Every *.test.ts below `dir`, as paths relative to the project. */
function findTests(dir, skip = SKIP) {
  const out = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const rel = dir === '.' ? entry.name : join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(rel, skip));
    else if (entry.name.endsWith('.test.ts')) out.push(rel);
  }
  return out.sort();
}

const tmp = mkdtempSync(join(tmpdir(), 'unit-'));
const ranFile = join(tmp, 'ran.json');
const run = findTests('lib');
const args = ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout'];
if (process.env.UNIT_TAP) args.push('--test-reporter=tap', `--test-reporter-destination=${process.env.UNIT_TAP}`);
args.push(`--test-reporter=${join(root, '.ci', 'unit-files-reporter.mjs')}`, `--test-reporter-destination=${ranFile}`);
const r = spawnSync(process.execPath, [...args, ...run], { cwd: root, stdio: 'inherit' });

const ran = new Set(existsSync(ranFile) ? JSON.parse(readFileSync(ranFile, 'utf8')).map((f) => relative(root, f)) : []);
const notRun = findTests('.').filter((f) => !ran.has(f));
if (notRun.length > 0) {
  console.error(`\nunit: ${notRun.length} test file${notRun.length > 1 ? 's' : ''} not run: ${notRun.join(', ')}`);
  console.error('Put unit tests beside their code under lib/, where the runner finds them.');
  process.exit(1);
}
process.exit(r.status ?? 1);
