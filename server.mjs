#!/usr/bin/env node
// The production server (`npm start`, `npm run serve`): Next's own request handler for the build in .next, behind
// Node's http server, with requests admitted one per event-loop turn (lib/server/admission.mjs says why).
// Usage: node server.mjs [-p PORT] [-H HOST]. The port defaults to $PORT, else 3000; the host to all interfaces
// (as `next start`).
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { admitOnePerTurn } from './lib/server/admission.mjs';

// A production server whatever the caller's environment (a shell with NODE_ENV=development would otherwise
// drop the security headers next.config.js sends in production); set before Next is loaded.
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');

/** @param {string} short @param {string} long */
function arg(short, long) {
  const i = process.argv.findIndex((a) => a === short || a === long);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const port = Number(arg('-p', '--port') || process.env.PORT || 3000);
const hostname = arg('-H', '--hostname');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`server.mjs: not a port: ${arg('-p', '--port') ?? process.env.PORT}`);
  process.exit(2);
}

const dir = fileURLToPath(new URL('.', import.meta.url));
const app = next({ dev: false, dir, hostname, port });
try {
  await app.prepare();
} catch (error) {
  // Most often: no production build in .next yet.
  console.error(
    `server.mjs: cannot serve ${dir}.next: ${error instanceof Error ? error.message : error}\nBuild first: npm run build (npm start builds and serves).`,
  );
  process.exit(1);
}
const handle = app.getRequestHandler();
const { listener } = admitOnePerTurn(handle, (error, req) => {
  console.error(`Failed to handle request for ${req.url}`, error);
});
let inFlight = 0;
const server = http.createServer((req, res) => {
  inFlight++;
  res.on('close', () => inFlight--);
  listener(req, res);
});
server.on('error', (error) => {
  console.error('server.mjs: failed to start:', error.message);
  process.exit(1);
});
server.listen(port, hostname, () => {
  console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`);
});
// On SIGTERM or SIGINT: accept nothing new, let the requests in flight (started or waiting their turn) finish,
// then exit; after GRACE_MS exit anyway.
const GRACE_MS = 5000;
let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeIdleConnections();
  const started = Date.now();
  const poll = setInterval(() => {
    server.closeIdleConnections();
    if (inFlight === 0 || Date.now() - started > GRACE_MS) {
      clearInterval(poll);
      process.exit(0);
    }
  }, 20);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
