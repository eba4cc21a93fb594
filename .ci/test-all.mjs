#!/usr/bin/env node
// Runs every test: the formatter and linter, unit tests (node:test), a production build, then Playwright end-to-end tests.
// Ends with a summary line the CI reads: "N passed, N failed, N skipped", counting tests only (unit and end-to-end).
// The build and the static-copy check are steps: reported on their own line; a failed step fails the run and is
// counted as one failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findNginx } from './static-deploy.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const bin = (name) => join(root, 'node_modules', '.bin', name);
const tmp = mkdtempSync(join(tmpdir(), 'tests-'));
const results = [];

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function ensureBrowser() {
  if (process.env.CHROMIUM_PATH || existsSync('/usr/bin/chromium')) return;
  const home = process.env.PLAYWRIGHT_BROWSERS_PATH || join(process.env.HOME || '', '.cache', 'ms-playwright');
  if (existsSync(home) && readdirSync(home).some((d) => d.startsWith('chromium'))) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium with apt-get …");
    run('sh', [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null',
    ]);
    if (existsSync('/usr/bin/chromium')) return;
  }
  console.error(
    "No Chromium for the end-to-end tests: set CHROMIUM_PATH, install Debian's chromium, or run `npx playwright install chromium`.",
  );
}

/**
 * The real clients the end-to-end tests open our files with: LibreOffice Impress and Calc (PowerPoint files,
 * workbooks), poppler (its PDFs), pandoc (BibTeX, CSL-JSON) and unzip (the bundle).
 */
function ensureClients() {
  const need = [
    ['/usr/bin/soffice', 'libreoffice-impress'],
    ['/usr/lib/libreoffice/program/scalc', 'libreoffice-calc'],
    ['/usr/bin/pdftotext', 'poppler-utils'],
    ['/usr/bin/pandoc', 'pandoc'],
    ['/usr/bin/unzip', 'unzip'],
    ['/usr/sbin/nginx', 'nginx'],
    ['/usr/lib/python3/dist-packages/pandas', 'python3-pandas'],
    ['/usr/bin/Rscript', 'r-base-core'],
  ];
  const missing = need.filter(([bin]) => !existsSync(bin)).map(([, pkg]) => pkg);
  if (missing.length === 0 || process.env.SOFFICE_PATH) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing ${missing.join(', ')} with apt-get for the real-client tests …`);
    run('sh', [
      '-c',
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')} >/dev/null`,
    ]);
    return;
  }
  console.error(
    `The real-client tests need ${missing.join(', ')} (Debian packages): install them, or those tests fail.`,
  );
}

/** Runs Playwright with `args` and reads its JSON report: passed (flaky ones included), failed, skipped. */
function playwright(name, args) {
  const json = join(tmp, `${name.replace(/\W+/g, '-')}.json`);
  const status = run(bin('playwright'), ['test', ...args], { PW_JSON: json });
  const s = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')).stats ?? {}) : null;
  const r = s
    ? { name, passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 }
    : { name, passed: 0, failed: status === 0 ? 0 : 1, skipped: 0 };
  if (status !== 0 && r.failed === 0) r.failed = 1;
  return r;
}

// 0. Formatter and linter (npm run lint: Biome's format and lint checks, knip's unused files, exports and dependencies)
const lintStatus = run('npm', ['run', '--silent', 'lint']);

// 1. Unit tests (.ci/unit.mjs: every *.test.ts under lib/, and a failure for a test file it did not run)
const tap = join(tmp, 'unit.tap');
const unitStatus = run(process.execPath, [join(root, '.ci/unit.mjs')], { UNIT_TAP: tap });
{
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const num = (k) => Number((text.match(new RegExp(`^# ${k} (\\d+)`, 'm')) || [])[1] || 0);
  const u = {
    name: 'unit',
    passed: num('pass'),
    failed: num('fail') + num('cancelled'),
    skipped: num('skipped') + num('todo'),
  };
  if (unitStatus !== 0 && u.failed === 0) u.failed = 1;
  results.push(u);
}

// 2. Build (type errors and schema errors fail here)
// (`npm run build`: next build, then the step that makes pages load their scripts after the first paint)
const buildStatus = run('npm', ['run', 'build']);
const steps = [
  { name: 'lint', ok: lintStatus === 0, detail: '' },
  { name: 'build', ok: buildStatus === 0, detail: '' },
];

// 3. End-to-end tests
if (buildStatus === 0) {
  ensureBrowser();
  ensureClients();
  results.push(playwright('e2e', []));
} else {
  results.push({ name: 'e2e', passed: 0, failed: 1, skipped: 0 });
}

// 4. The static copy (npm run export): built, served from out/ and checked
{
  const r = spawnSync(process.execPath, [join(root, '.ci/export.mjs'), '--check'], {
    encoding: 'utf8',
    env: process.env,
  });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  const m = /static copy check: (\d+) passed, (\d+) failed/.exec(r.stdout ?? '');
  steps.push({
    name: 'static export',
    ok: r.status === 0 && !!m && Number(m[2]) === 0,
    detail: m ? ` (${m[1]} of ${Number(m[1]) + Number(m[2])} files and pages checked)` : '',
  });
}

// 5. The static copy in a real browser, served by nginx with the generated configuration (e2e/static-copy.spec.ts)
if (findNginx()) {
  results.push(playwright('static copy on nginx', ['-c', 'playwright.static.config.ts']));
} else {
  console.error('static copy on nginx: not run, nginx is not installed (apt-get install nginx); .ci/run installs it');
  // Not a failure (the journeys need a server this machine lacks), and not a pass: said in the steps line.
  steps.push({ name: 'static copy on nginx', ok: true, detail: ' NOT RUN (nginx missing)' });
}

const failedSteps = steps.filter((s) => !s.ok).length;
const total = results.reduce(
  (t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }),
  { passed: 0, failed: failedSteps, skipped: 0 },
);
console.log(
  `\n${results.map((r) => `${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`).join('\n')}`,
);
console.log(`steps: ${steps.map((s) => `${s.name} ${s.ok ? 'ok' : 'FAILED'}${s.detail}`).join('; ')}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
