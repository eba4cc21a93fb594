/**
 * The production server under stress and at shutdown: it runs as production whatever the caller's NODE_ENV, and on
 * SIGTERM it finishes the requests it has received (started or waiting their turn) before it exits.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { createServer } from 'node:net';
import { expect, test } from './fixtures';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function get(
  agent: http.Agent,
  port: number,
  path: string,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

test('on SIGTERM the server finishes every request it has received, then exits; it runs as production under NODE_ENV=development', async () => {
  test.setTimeout(60_000);
  const port = await freePort();
  const child = spawn(process.execPath, ['server.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => (/Ready on/.test(d.toString()) ? resolve() : undefined));
    child.on('exit', () => reject(new Error('server exited before it was ready')));
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
  // Twenty connections the server has accepted; production headers although the caller said development.
  const warm = await Promise.all(Array.from({ length: 20 }, () => get(agent, port, '/data/casualties.json')));
  expect(warm.every((r) => r.status === 200)).toBe(true);
  expect(warm[0]!.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  // One more request on each at once, then SIGTERM while most still wait their turn in the server.
  const inFlight = Array.from({ length: 20 }, (_, i) =>
    get(agent, port, i % 2 ? '/data/casualties.json' : '/datasets/casualties'),
  );
  await new Promise((r) => setTimeout(r, 15));
  const t0 = Date.now();
  child.kill('SIGTERM');
  const results = await Promise.allSettled(inFlight);
  const failed = results.filter((r) => r.status === 'rejected' || r.value.status !== 200);
  expect(failed.length, 'requests cut off by the shutdown').toBe(0);
  for (const r of results)
    if (r.status === 'fulfilled' && r.value.headers['content-type']?.includes('json'))
      expect(() => JSON.parse(r.value.body)).not.toThrow();
  expect(await exited).toBe(0);
  expect(Date.now() - t0).toBeLessThan(6000);
  agent.destroy();
  // Gone: a new connection is refused.
  await expect(get(new http.Agent(), port, '/')).rejects.toThrow();
});
