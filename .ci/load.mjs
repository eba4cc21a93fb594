#!/usr/bin/env node
// npm run load: a bounded load test on 127.0.0.1 only, against the production server (server.mjs, what `npm start` runs):
// 100 connections for 20 seconds, each cycling through the overview, a dataset page, a CSV and the deck.
// Prints requests per second, latency p50/p99/max and the error count; fails on any error or non-2xx answer.
// Reuses the build in .next when it is a server build; --build builds again anyway.
import { mkdirSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { hasServerBuild, nextBuild, startServer } from './server-build.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
if (process.argv.includes('--build') || !hasServerBuild(root)) nextBuild(root);
const PORT = Number(process.env.LOAD_PORT ?? 3500);
const HOST = '127.0.0.1';
const base = `http://${HOST}:${PORT}`;
const server = await startServer(root, PORT);

const PATHS = ['/', '/datasets/casualties', '/data/casualties.csv', '/brief'];
// Warm-up: each path a few times before the clock starts, so the first requests to a just-started server are not
// what is measured.
for (let round = 0; round < 2; round++) {
  for (const path of PATHS) {
    await Promise.all(Array.from({ length: 5 }, async () => { await (await fetch(base + path)).arrayBuffer(); }));
  }
}
const connections = Number(process.env.LOAD_CONNECTIONS ?? 100);
const duration = Number(process.env.LOAD_SECONDS ?? 20);
const result = await autocannon({
  url: base,
  connections,
  duration,
  requests: PATHS.map((path) => ({ method: 'GET', path })),
});
server.kill('SIGTERM');

const summary = {
  date: new Date().toISOString(),
  connections,
  duration,
  paths: PATHS,
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
console.log(
  `Load: ${connections} connections, ${duration} s, ${PATHS.join(' ')}\n` +
    `requests: ${summary.requests} (${summary.rps.toFixed(0)} req/s), throughput ${summary.throughputMBs.toFixed(1)} MB/s\n` +
    `latency: p50 ${summary.latencyP50} ms, p99 ${summary.latencyP99} ms, max ${summary.latencyMax} ms\n` +
    `errors: ${summary.errors} (of which timeouts: ${summary.timeouts}), non-2xx: ${summary.non2xx}`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/load.json', JSON.stringify(summary, null, 2));
// autocannon counts timeouts among the errors.
const bad = summary.errors + summary.non2xx;
console.log(bad ? `load: failed (${bad} bad answers)` : 'load: passed (0 errors, 0 non-2xx)');
process.exit(bad ? 1 : 0);
