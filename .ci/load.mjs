#!/usr/bin/env node
// npm run load: a bounded load test on 127.0.0.1 only, against the production server (server.mjs, what `npm start` runs)
// and, when nginx is installed and a static copy is in out/, against nginx serving it (npm run serve:static), on the same
// paths: 100 connections for 20 seconds each, cycling through the overview, a dataset page, a CSV and the deck. Prints
// both servers' requests per second, latency p50/p99/max and errors side by side; fails on any error or non-2xx answer.
// Reuses the build in .next when it is a server build; --build builds again anyway.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { hasServerBuild, nextBuild, startServer } from './server-build.mjs';
import { findNginx, serveStatic } from './static-deploy.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
if (process.argv.includes('--build') || !hasServerBuild(root)) nextBuild(root);
const PORT = Number(process.env.LOAD_PORT ?? 3500);
const HOST = '127.0.0.1';

const PATHS = ['/', '/datasets/casualties', '/data/casualties.csv', '/brief'];
const connections = Number(process.env.LOAD_CONNECTIONS ?? 100);
const duration = Number(process.env.LOAD_SECONDS ?? 20);

/** Warm up, then measure one server. */
async function measure(name, base) {
  // Warm-up: each path a few times before the clock starts, so the first requests to a just-started server are not what is measured.
  for (let round = 0; round < 2; round++) {
    for (const path of PATHS)
      await Promise.all(
        Array.from({ length: 5 }, async () => {
          await (await fetch(base + path)).arrayBuffer();
        }),
      );
  }
  const result = await autocannon({
    url: base,
    connections,
    duration,
    requests: PATHS.map((path) => ({ method: 'GET', path })),
  });
  return {
    server: name,
    requests: result.requests.total,
    rps: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    latencyMax: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    throughputMBs: result.throughput.average / 1024 / 1024,
  };
}

const rows = [];
const server = await startServer(root, PORT);
try {
  rows.push(await measure('node (server.mjs)', `http://${HOST}:${PORT}`));
} finally {
  server.kill('SIGTERM');
}
if (findNginx() && existsSync('out/index.html')) {
  const STATIC_PORT = Number(process.env.LOAD_STATIC_PORT ?? 3501);
  const nginx = await serveStatic(STATIC_PORT);
  try {
    rows.push(await measure('nginx (out/)', `http://${HOST}:${STATIC_PORT}`));
  } finally {
    nginx.kill('SIGQUIT');
  }
} else {
  console.log('load: nginx or the static copy (npm run export) is missing: measuring the Node server only');
}

console.log(`Load: ${connections} connections, ${duration} s each, ${PATHS.join(' ')}`);
console.log(
  '| server | req/s | p50 ms | p99 ms | max ms | errors | non-2xx | MB/s |\n| --- | --- | --- | --- | --- | --- | --- | --- |',
);
for (const r of rows)
  console.log(
    `| ${r.server} | ${r.rps.toFixed(0)} | ${r.latencyP50} | ${r.latencyP99} | ${r.latencyMax} | ${r.errors} | ${r.non2xx} | ${r.throughputMBs.toFixed(1)} |`,
  );
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/load.json',
  JSON.stringify({ date: new Date().toISOString(), connections, duration, paths: PATHS, servers: rows }, null, 2),
);
// autocannon counts timeouts among the errors.
const bad = rows.reduce((n, r) => n + r.errors + r.non2xx, 0);
console.log(bad ? `load: failed (${bad} bad answers)` : 'load: passed (0 errors, 0 non-2xx)');
process.exit(bad ? 1 : 0);
