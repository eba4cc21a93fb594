#!/usr/bin/env node
// npm start: builds only when there is no server build or a source changed since it was made, then serves it with
// server.mjs. Two starts in one folder do not build at once: the second waits for the first one's build (a lock file
// with its process id), then serves.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasServerBuild, nextBuild } from './server-build.mjs';

const root = new URL('..', import.meta.url).pathname;
const LOCK = join(root, '.next-build.lock');
const SOURCES = [
  'app',
  'components',
  'data',
  'lib',
  'next.config.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'proxy.ts',
  'server.mjs',
  '.ci/paint-first.mjs',
];

/** The newest modification time among the sources (tests excluded: they do not change the build). */
function newestSource(p = root, names = SOURCES) {
  let newest = 0;
  for (const n of names) {
    const f = join(p, n);
    if (!existsSync(f)) continue;
    const s = statSync(f);
    if (s.isDirectory()) newest = Math.max(newest, newestSource(f, readdirSync(f)));
    else if (!/\.test\.tsx?$/.test(n)) newest = Math.max(newest, s.mtimeMs);
  }
  return newest;
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function ensureBuild() {
  for (;;) {
    if (existsSync(LOCK)) {
      const pid = Number(readFileSync(LOCK, 'utf8'));
      if (alive(pid) && pid !== process.pid) {
        console.log(`npm start: another start (process ${pid}) is building; waiting for it …`);
        await new Promise((r) => setTimeout(r, 2000));
        continue;
      }
      rmSync(LOCK, { force: true });
    }
    const built = hasServerBuild(root) ? statSync(join(root, '.next/BUILD_ID')).mtimeMs : 0;
    if (built && built >= newestSource()) {
      console.log(
        'npm start: the build in .next is up to date with the sources; serving it (npm run build to build anyway)',
      );
      return;
    }
    writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
    try {
      console.log(
        built ? 'npm start: sources changed since the last build; building …' : 'npm start: no build yet; building …',
      );
      nextBuild(root);
    } finally {
      rmSync(LOCK, { force: true });
    }
    return;
  }
}

await ensureBuild();
const child = spawn(process.execPath, [join(root, 'server.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
child.on('exit', (code) => process.exit(code ?? 0));
