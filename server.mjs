#!/usr/bin/env node
// The production server (`npm start`, `npm run serve`): Next's own request handler for the build in .next, behind
// Node's http server, with requests admitted one per event-loop turn (lib/admission.mjs says why).
// Usage: node server.mjs [-p PORT] [-H HOST]. The port defaults to $PORT, else 3000; the host to all interfaces
// (as `next start`).
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { admitOnePerTurn } from './lib/admission.mjs';

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
  console.error(`server.mjs: cannot serve ${dir}.next: ${error instanceof Error ? error.message : error}\nBuild first: npm run build (npm start builds and serves).`);
  process.exit(1);
}
const handle = app.getRequestHandler();
const { listener } = admitOnePerTurn(handle, (error, req) => {
  console.error(`Failed to handle request for ${req.url}`, error);
});
const server = http.createServer(listener);
server.on('error', (error) => {
  console.error('server.mjs: failed to start:', error.message);
  process.exit(1);
});
server.listen(port, hostname, () => {
  console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
