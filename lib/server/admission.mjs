// @ts-check
// Admission for the production server (server.mjs): at most one new request starts per turn of the event loop.
//
// Why: libuv (Node 20's 1.46) accepts one connection per turn of the event loop. A turn runs every request that
// arrived on the connections already open, so when the server is saturated a turn lasts as long as all of them
// together, and a connection that opens then waits in the kernel's accept queue for many turns: with 100
// connections opening at once, the last ones waited past 10 s (README, "Load"). Starting one request per turn makes
// accepting and serving take turns, so a new connection waits about one request, not one round of all of them.
// This is plain JavaScript (with types in admission.d.mts) because `node server.mjs` runs it without a compiler.

/** Requests that may wait at once; past this a request is answered 503 at once instead of waiting without end. */
export const MAX_WAITING = 2000;

/**
 * Wraps a request handler so that requests start one per event-loop turn, in arrival order.
 * A request whose connection closed while it waited is dropped; a handler that throws or rejects gets a plain 500
 * (as `next start` does) when nothing has been sent yet. When `maxWaiting` requests already wait, a new one is
 * answered 503 with Retry-After, so memory and waiting time stay bounded under overload.
 * @template {{ destroyed?: boolean }} Req
 * @template {{ destroyed?: boolean, headersSent?: boolean, statusCode: number, setHeader: (name: string, value: string) => unknown, end: (body?: string) => unknown }} Res
 * @param {(req: Req, res: Res) => unknown} handler
 * @param {(error: unknown, req: Req) => void} [onError]
 * @param {{ maxWaiting?: number }} [options]
 * @returns {{ listener: (req: Req, res: Res) => void, pending: () => number }}
 */
export function admitOnePerTurn(handler, onError = () => {}, { maxWaiting = MAX_WAITING } = {}) {
  /** @type {Array<[Req, Res]>} */
  const queue = [];
  let head = 0;
  let scheduled = false;

  /** @param {unknown} error @param {Req} req @param {Res} res */
  function fail(error, req, res) {
    onError(error, req);
    if (!res.headersSent && !res.destroyed) {
      res.statusCode = 500;
      res.end('Internal Server Error');
    }
  }

  function next() {
    scheduled = false;
    // Skip requests whose client went away while they waited; start the first live one.
    while (head < queue.length) {
      const [req, res] = /** @type {[Req, Res]} */ (queue[head]);
      queue[head++] = /** @type {any} */ (undefined);
      if (req.destroyed || res.destroyed) continue;
      try {
        Promise.resolve(handler(req, res)).catch((error) => fail(error, req, res));
      } catch (error) {
        fail(error, req, res);
      }
      break;
    }
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    } else {
      // Under sustained load the queue may never empty: drop the started part now and then, so it does not grow.
      if (head >= 1024 && head * 2 >= queue.length) {
        queue.splice(0, head);
        head = 0;
      }
      scheduled = true;
      setImmediate(next);
    }
  }

  return {
    listener(req, res) {
      if (queue.length - head >= maxWaiting) {
        res.statusCode = 503;
        res.setHeader('Retry-After', '1');
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('Busy: too many requests are waiting. Try again in a moment.');
        return;
      }
      queue.push([req, res]);
      if (!scheduled) {
        scheduled = true;
        setImmediate(next);
      }
    },
    pending: () => queue.length - head,
  };
}
