import assert from 'node:assert/strict';
import { test } from 'node:test';
import { admitOnePerTurn } from './admission.mjs';

type Req = { url: string; destroyed?: boolean };
type Res = {
  destroyed?: boolean;
  headersSent?: boolean;
  statusCode: number;
  body?: string;
  headers: Record<string, string>;
  setHeader: (n: string, v: string) => void;
  end: (body?: string) => void;
};

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
function res(): Res {
  const r: Res = {
    statusCode: 200,
    headers: {},
    setHeader(n, v) {
      r.headers[n] = v;
    },
    end(body) {
      r.body = body;
      r.headersSent = true;
    },
  };
  return r;
}

test('requests start one per event-loop turn, in arrival order', async () => {
  const started: string[] = [];
  const { listener, pending } = admitOnePerTurn<Req, Res>((req) => {
    started.push(req.url);
  });
  for (const url of ['/a', '/b', '/c']) listener({ url }, res());
  assert.deepEqual(started, [], 'nothing starts inside the turn the request arrived in');
  assert.equal(pending(), 3);
  await turn();
  assert.deepEqual(started, ['/a']);
  await turn();
  assert.deepEqual(started, ['/a', '/b']);
  await turn();
  assert.deepEqual(started, ['/a', '/b', '/c']);
  assert.equal(pending(), 0);
});

test('a request that arrives after the queue emptied still starts', async () => {
  const started: string[] = [];
  const { listener } = admitOnePerTurn<Req, Res>((req) => {
    started.push(req.url);
  });
  listener({ url: '/first' }, res());
  await turn();
  await turn();
  listener({ url: '/later' }, res());
  await turn();
  assert.deepEqual(started, ['/first', '/later']);
});

test('a queue that never empties keeps its order and count', async () => {
  // More requests keep arriving than start, past the point where the queue drops its started part.
  const started: number[] = [];
  const { listener, pending } = admitOnePerTurn<Req & { n: number }, Res>((req) => {
    started.push(req.n);
  });
  let n = 0;
  for (; n < 1500; n++) listener({ url: '/', n }, res());
  for (let t = 0; t < 3000; t++) {
    listener({ url: '/', n: n++ }, res());
    await turn();
  }
  assert.equal(started.length, 3000);
  assert.ok(
    started.every((v, i) => v === i),
    'requests start in arrival order',
  );
  assert.equal(pending(), n - 3000);
});

test('a request whose client went away while waiting is dropped, and the next live one starts in that turn', async () => {
  const started: string[] = [];
  const { listener, pending } = admitOnePerTurn<Req, Res>((req) => {
    started.push(req.url);
  });
  const gone: Req = { url: '/gone' };
  const closed = res();
  listener(gone, res());
  listener({ url: '/closed' }, closed);
  listener({ url: '/live' }, res());
  gone.destroyed = true;
  closed.destroyed = true;
  await turn();
  assert.deepEqual(started, ['/live']);
  assert.equal(pending(), 0);
});

test('a handler that throws or rejects answers 500 and reports the error; later requests still run', async () => {
  const errors: string[] = [];
  const started: string[] = [];
  const { listener } = admitOnePerTurn<Req, Res>(
    async (req) => {
      started.push(req.url);
      if (req.url === '/reject') throw new Error('rejected');
    },
    (error, req) => errors.push(`${req.url}: ${(error as Error).message}`),
  );
  const sync = admitOnePerTurn<Req, Res>(
    () => {
      throw new Error('thrown');
    },
    (error, req) => errors.push(`${req.url}: ${(error as Error).message}`),
  );
  const r1 = res();
  const r2 = res();
  const r3 = res();
  listener({ url: '/reject' }, r1);
  listener({ url: '/fine' }, r2);
  sync.listener({ url: '/throw' }, r3);
  await turn();
  await turn();
  await turn();
  assert.deepEqual(started, ['/reject', '/fine']);
  assert.equal(r1.statusCode, 500);
  assert.equal(r1.body, 'Internal Server Error');
  assert.equal(r2.statusCode, 200);
  assert.equal(r2.body, undefined, 'the handler, not the queue, answers a request that succeeded');
  assert.equal(r3.statusCode, 500);
  assert.deepEqual(errors.sort(), ['/reject: rejected', '/throw: thrown']);
});

test('a failing handler that already sent its headers is not answered twice', async () => {
  const r = res();
  const { listener } = admitOnePerTurn<Req, Res>(async (_req, response) => {
    response.statusCode = 200;
    response.headersSent = true;
    throw new Error('late');
  });
  listener({ url: '/late' }, r);
  await turn();
  await turn();
  assert.equal(r.statusCode, 200);
  assert.equal(r.body, undefined);
});

test('when the queue is full a new request is answered 503 with Retry-After at once, and the waiting ones still run', async () => {
  const started: string[] = [];
  const { listener, pending } = admitOnePerTurn<Req, Res>(
    (req, r) => {
      started.push(req.url);
      r.end('ok');
    },
    () => {},
    { maxWaiting: 3 },
  );
  const answers = ['/1', '/2', '/3', '/4', '/5'].map((url) => {
    const r = res();
    listener({ url }, r);
    return r;
  });
  assert.equal(pending(), 3);
  assert.deepEqual(
    answers.map((r) => r.statusCode),
    [200, 200, 200, 503, 503],
  );
  assert.equal(answers[3]!.headers['Retry-After'], '1');
  assert.match(answers[4]!.body ?? '', /Busy/);
  for (let i = 0; i < 4; i++) await turn();
  assert.deepEqual(started, ['/1', '/2', '/3']);
  // Room again: the next request waits its turn instead of being refused.
  const later = res();
  listener({ url: '/6' }, later);
  await turn();
  assert.equal(later.statusCode, 200);
  assert.deepEqual(started, ['/1', '/2', '/3', '/6']);
});
