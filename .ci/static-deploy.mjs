#!/usr/bin/env node
// The static copy's deployment files, from the one list of headers (lib/server/security-headers.mjs):
//   writeDeployFiles(): out/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf (a template: root, port and
//   prefix to adapt), run by `npm run export`;
//   `node .ci/static-deploy.mjs serve` (npm run serve:static): nginx serving out/ on PORT (default 8080) with them;
//   `node .ci/static-deploy.mjs conf --root DIR --port N --prefix DIR` (npm run nginx:conf -- …): the nginx
//   configuration for your own paths, printed, so that nobody edits the generated deploy/nginx.conf.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { headersFile, nginxConf } from '../lib/server/security-headers.mjs';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');

export function writeDeployFiles() {
  writeFileSync(join(root, 'out', '_headers'), headersFile());
  mkdirSync(join(root, 'deploy'), { recursive: true });
  writeFileSync(
    join(root, 'deploy', 'nginx.conf'),
    nginxConf({ root: '/srv/karabakh-report/out', port: 8080, prefix: '/var/lib/karabakh-report-nginx' }),
  );
}

export function findNginx() {
  for (const p of [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx']) if (p && existsSync(p)) return p;
  return null;
}

/** Starts nginx on `port` serving out/; resolves with the child once it answers. */
export async function serveStatic(port) {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx is not installed: apt-get install nginx (Debian), or set NGINX_PATH');
  if (!existsSync(join(root, 'out', 'index.html'))) throw new Error('no static copy in out/: run npm run export first');
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, 'tmp', d), { recursive: true });
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, nginxConf({ root: join(root, 'out'), port, prefix }));
  const test = spawnSync(nginx, ['-p', prefix, '-c', conf, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
  const child = spawn(nginx, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      if (r.ok) return child;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`nginx did not answer on port ${port}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === 'serve') {
  const port = Number(process.env.PORT || 8080);
  try {
    const child = await serveStatic(port);
    console.log(`Serving out/ with nginx on http://127.0.0.1:${port}/ (Ctrl-C to stop)`);
    for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill('SIGQUIT'));
    child.on('exit', (code) => process.exit(code ?? 0));
  } catch (e) {
    console.error(`serve:static: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === 'conf') {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('port', '8080'));
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error('nginx:conf: --port must be a port number');
    process.exit(2);
  }
  process.stdout.write(
    nginxConf({ root: arg('root', join(root, 'out')), port, prefix: arg('prefix', '/var/lib/karabakh-report-nginx') }),
  );
}
