// Building and starting the production server (server.mjs, or `next start` for the reference app) for the scripts that measure it (bench, load).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const NEXT = join(root, 'node_modules/.bin/next');

/**
 * Whether `dir`/.next holds a build `next start` can serve. A build made with STATIC_EXPORT=1 (output: 'export',
 * trailingSlash) writes its build files to .next, under which `next start` answers /datasets/… with 308 redirects.
 * `npm run export` keeps the server build aside while it runs; an export build made by hand still needs this check.
 */
export function hasServerBuild(dir = root) {
  const marker = join(dir, '.next/export-marker.json');
  if (!existsSync(join(dir, '.next/BUILD_ID')) || !existsSync(marker)) return false;
  try {
    return JSON.parse(readFileSync(marker, 'utf8')).exportTrailingSlash !== true;
  } catch {
    return false;
  }
}

/**
 * Builds `dir`: this app with `npm run build` (next build, then the step that makes its pages load their scripts after
 * the first paint; package.json is the one place that says so), the reference app with plain `next build`, as Next
 * writes it. Exits the process with the build's status when it fails.
 */
export function nextBuild(dir = root) {
  const [cmd, args] = dir === root ? ['npm', ['run', 'build']] : [NEXT, ['build']];
  const b = spawnSync(cmd, args, { cwd: dir, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

/**
 * The production server for `dir` on 127.0.0.1:`port`: its server.mjs when it has one (this project: what `npm start`
 * runs), else `next start` (the reference app in .ci/floor-app). Stopped when this process exits; resolves once `/`
 * answers 200.
 */
export async function startServer(dir, port) {
  const own = join(dir, 'server.mjs');
  const [cmd, args] = existsSync(own) ? [process.execPath, [own]] : [NEXT, ['start']];
  const child = spawn(cmd, [...args, '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, stdio: 'ignore' });
  process.on('exit', () => {
    try {
      child.kill('SIGTERM');
    } catch {}
  });
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no server on port ${port} (${dir})`);
}
