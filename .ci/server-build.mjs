// Building and starting `next start` for the scripts that measure the production server (bench, load).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const NEXT = join(root, 'node_modules/.bin/next');

/**
 * Whether `dir`/.next holds a build `next start` can serve. The static export (`npm run export`, also the last step
 * of `npm test`) leaves a build made with output: 'export' and trailingSlash in .next, under which `next start`
 * answers /datasets/… with 308 redirects; scripts that reuse .next must build again then.
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

/** `next build` in `dir`; exits the process with its status when it fails. */
export function nextBuild(dir = root) {
  const b = spawnSync(NEXT, ['build'], { cwd: dir, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

/** `next start` for `dir` on 127.0.0.1:`port`, stopped when this process exits; resolves once `/` answers 200. */
export async function startNext(dir, port) {
  const child = spawn(NEXT, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, stdio: 'ignore' });
  process.on('exit', () => { try { child.kill('SIGTERM'); } catch {} });
  for (let i = 0; i < 60; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child; } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no server on port ${port} (${dir})`);
}
