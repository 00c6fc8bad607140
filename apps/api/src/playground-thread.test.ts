/**
 * The playground on threads of its own, as `npm start` runs it: the worker module is bundled
 * from source here, and three playground threads share one port next to a real mock server on
 * this thread; everything goes over real sockets. Which thread answers a connection is the
 * kernel's choice, so the tests that need two given threads open connections until they have
 * one to each (GET /api/health says which thread answered).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCHANGE_LIMITS } from './exchanges/limits.ts';
import { createMockServer } from './mock-server.ts';
import { mockBridge, PlaygroundPool } from './playground-thread.ts';
import type { PlaygroundPoolOptions } from './playground-thread.ts';
import { sharedRelayPorts } from './relay/trace-store.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'teapot-playground-thread-'));
const workerUrl = pathToFileURL(path.join(dir, 'playground-worker.mjs'));

/**
 * A mock server on this thread and a pool of playground threads in front of it: three, so that
 * a thread asking for an exchange hears from two others.
 */
async function startWorld(more: Partial<PlaygroundPoolOptions> = {}) {
  const watched = new Set<string>();
  const relayPorts = sharedRelayPorts();
  // The pool is made once the mock listens; the mock asks for it only once relays arrive.
  const mock = createMockServer(mockBridge(relayPorts, () => pool, watched));
  await new Promise<void>((resolve) => mock.listen(0, '127.0.0.1', resolve));
  const mockPort = (mock.address() as AddressInfo).port;
  const options = (port: number): PlaygroundPoolOptions => ({
    threads: 3,
    workerUrl,
    host: '127.0.0.1',
    port,
    target: { host: '127.0.0.1', port: mockPort },
    allowedHosts: [],
    rateLimit: false,
    relayPorts,
    // Long: if the mock API's word that a connection is over were lost, exchanges without a
    // trace would hang past the test's time limit instead of passing after a short wait.
    traceWaitMs: 60_000,
    onWatch: (token, on) => (on ? watched.add(token) : watched.delete(token)),
    ...more,
  });
  const pool = new PlaygroundPool(options(0));
  await pool.start();
  const close = async () => {
    await pool.close();
    mock.closeAllConnections();
    await new Promise((resolve) => mock.close(resolve));
  };
  return { mock, mockPort, pool, watched, options, close };
}

let world: Awaited<ReturnType<typeof startWorld>>;

beforeAll(async () => {
  await build({
    entryPoints: [path.join(import.meta.dirname, 'playground-worker.ts')],
    outfile: workerUrl.pathname,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  world = await startWorld();
}, 30_000);

afterAll(async () => {
  await world?.close();
  rmSync(dir, { recursive: true, force: true });
});

const playground = (p: string) => `http://127.0.0.1:${world.pool.port}${p}`;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One kept-alive TCP connection to a playground, and the thread that serves it. */
async function connection(port = world.pool.port) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const request = (method: string, p: string, headers: Record<string, string> = {}, body?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: p, method, headers, agent }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  /** An event stream on this connection, once its first bytes have come. */
  const stream = (p: string) =>
    new Promise<http.ClientRequest>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: p, agent }, (res) =>
        res.once('data', () => resolve(req)),
      );
      req.on('error', reject);
    });
  const health = await request('GET', '/api/health');
  return {
    thread: (JSON.parse(health.body) as { thread: number }).thread,
    request,
    stream,
    close: () => agent.destroy(),
  };
}

/** A connection to thread 1 and one to thread 2. */
async function oneOnEach(port = world.pool.port) {
  const found = new Map<number, Awaited<ReturnType<typeof connection>>>();
  for (let i = 0; i < 300 && found.size < 2; i++) {
    const c = await connection(port);
    if (found.has(c.thread) || c.thread > 2) c.close();
    else found.set(c.thread, c);
  }
  expect([...found.keys()].sort()).toEqual([1, 2]);
  return [found.get(1)!, found.get(2)!] as const;
}

/** A fresh token from the mock API: a sandbox of its own. */
async function newToken(): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${world.mockPort}/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  return ((await res.json()) as { token: string }).token;
}

/** Waits up to a second for a word between threads to have arrived (the caller asserts after). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

async function exchange(raw: string) {
  const res = await fetch(playground('/api/exchanges'), {
    method: 'POST',
    headers: { 'Content-Type': 'message/http' },
    body: raw,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as {
    response: { status: number | null };
    trace: { decision: string }[];
    traceInfo: { route?: string; status: number } | null;
  };
}

const post = (raw: string, headers: Record<string, string> = {}) =>
  ['POST', '/api/exchanges', { 'Content-Type': 'message/http', ...headers }, raw] as const;

describe('the playground on several threads', () => {
  it('relays to the mock API from either thread, and the decision trace reaches the exchange', async () => {
    const [one, two] = await oneOnEach();
    for (const c of [one, two]) {
      const res = await c.request(
        ...post('GET /users/1 HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n'),
      );
      expect(res.status).toBe(201);
      const ex = JSON.parse(res.body) as Awaited<ReturnType<typeof exchange>>;
      expect(ex.response.status).toBe(200);
      expect(ex.traceInfo).toMatchObject({ route: '/users/:id', status: 200 });
      expect(ex.trace.length).toBeGreaterThan(0);
      c.close();
    }
  });

  it('finishes an exchange that never reached the app (a 400 from the parser) without a trace', async () => {
    const ex = await exchange('GET /users/1 HTTP/1.1\r\nHost localhost\r\n\r\n');
    expect(ex.response.status).toBe(400);
    expect(ex.trace).toEqual([]);
    expect(ex.traceInfo).toBeNull();
  });

  it('keeps each of many concurrent exchanges with its own trace', async () => {
    const paths = ['/users/1', '/users/2', '/users', '/nope', '/users/1/favorites'];
    const all = await Promise.all(
      Array.from({ length: 40 }, (_, i) => paths[i % paths.length]!).map(async (p) => ({
        p,
        ex: await exchange(`GET ${p} HTTP/1.1\r\nHost: localhost\r\n\r\n`),
      })),
    );
    for (const { ex } of all) expect(ex.traceInfo?.status).toBe(ex.response.status);
    expect(new Set(all.filter((a) => a.p === '/users').map((a) => a.ex.traceInfo?.route))).toEqual(
      new Set(['/users']),
    );
  });

  it('reads back an exchange through the thread that did not relay it (its Location works anywhere)', async () => {
    const [one, two] = await oneOnEach();
    const made = await one.request(...post('GET /users/2 HTTP/1.1\r\nHost: localhost\r\n\r\n'));
    expect(made.status).toBe(201);
    const location = made.headers.location!;
    // Again and again, and through the thread that keeps it: handing it over keeps it.
    for (const c of [two, two, one, two]) {
      const elsewhere = await c.request('GET', location);
      expect(elsewhere.status).toBe(200);
      expect(elsewhere.body).toBe(made.body);
    }
    const missing = await two.request('GET', '/api/exchanges/not-an-exchange');
    expect(missing.status).toBe(404);
    one.close();
    two.close();
  });

  it("streams an external client's exchange to the learner who watches its token", async () => {
    const token = await newToken();
    const stream = await fetch(playground(`/api/live?token=${token}`));
    expect(stream.status).toBe(200);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    // The watch reaches this thread as a message; a request sent before it arrives is not captured.
    await until(() => world.watched.has(token));
    expect(world.watched.has(token)).toBe(true);
    await (
      await fetch(`http://127.0.0.1:${world.mockPort}/users/2`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).arrayBuffer();
    while (!text.includes('event: exchange')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
    await reader.cancel();
    expect(text).toContain('GET /users/2 HTTP/1.1');
    // The last watcher gone, the mock API stops capturing that token.
    await until(() => !world.watched.has(token));
    expect(world.watched.has(token)).toBe(false);
  });

  it('keeps watching a token while a watcher remains on either thread', async () => {
    const token = await newToken();
    const [one, two] = await oneOnEach();
    const streams = await Promise.all([one, two].map((c) => c.stream(`/api/live?token=${token}`)));
    await until(() => world.watched.has(token));
    expect(world.watched.has(token)).toBe(true);
    // The stream on thread 1 ends: thread 2 still watches, so the token stays watched.
    one.close();
    streams[0]!.destroy();
    await new Promise((r) => setTimeout(r, 300));
    expect(world.watched.has(token)).toBe(true);
    two.close();
    streams[1]!.destroy();
    await until(() => !world.watched.has(token));
    expect(world.watched.has(token)).toBe(false);
  });

  it('holds one rate limit for a learner, whichever thread answers', async () => {
    const limited = await startWorld({ rateLimit: { rate: 0.01, burst: 3, maxKeys: 100 } });
    try {
      const [one, two] = await oneOnEach(limited.pool.port);
      const statuses: number[] = [];
      for (const c of [one, two, one, two, one, two]) {
        const res = await c.request(
          ...post('GET /users/1 HTTP/1.1\r\nHost: localhost\r\n\r\n', {
            'X-Teapot-Learner': 'shared-learner',
          }),
        );
        statuses.push(res.status);
        if (res.status === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
      expect(statuses).toEqual([201, 201, 201, 429, 429, 429]);
      // Another learner, on the same threads, is not held back.
      expect(
        (
          await two.request(
            ...post('GET /users/1 HTTP/1.1\r\nHost: localhost\r\n\r\n', { 'X-Teapot-Learner': 'other' }),
          )
        ).status,
      ).toBe(201);
      one.close();
      two.close();
    } finally {
      await limited.close();
    }
  });

  it('counts the exchanges in flight on all threads against one cap', async () => {
    const [one, two] = await oneOnEach();
    // More slow exchanges than the cap, each on a connection of its own (the kernel spreads
    // them): the cap fills up, and the ones beyond it are refused.
    const slow = Array.from(
      { length: EXCHANGE_LIMITS.maxInFlight + 8 },
      () =>
        new Promise<number>((resolve, reject) => {
          const req = http.request(
            {
              host: '127.0.0.1',
              port: world.pool.port,
              path: '/api/exchanges',
              method: 'POST',
              agent: false,
              headers: { 'Content-Type': 'message/http' },
            },
            (res) => {
              res.resume();
              res.on('end', () => resolve(res.statusCode ?? 0));
            },
          );
          req.on('error', reject);
          req.end('GET /delays/5 HTTP/1.1\r\nHost: localhost\r\n\r\n');
        }),
    );
    // Once one of them has been refused, the cap is full of slow ones: neither thread takes
    // another exchange, though each holds only some of them.
    await Promise.race(
      slow.map((p) => p.then((status) => (status === 503 ? status : new Promise(() => undefined)))),
    );
    const quick = post('GET /users/1 HTTP/1.1\r\nHost: localhost\r\n\r\n');
    for (const c of [one, two]) {
      const res = await c.request(...quick);
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('1');
      expect(JSON.parse(res.body)).toMatchObject({ code: 'exchange-busy' });
    }
    const statuses = await Promise.all(slow);
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(EXCHANGE_LIMITS.maxInFlight);
    // The slow ones done, the count is back down.
    expect((await two.request(...quick)).status).toBe(201);
    one.close();
    two.close();
  }, 30_000);

  it('refuses to start on a port that is taken, with the reason, and leaves no thread behind', async () => {
    await expect(new PlaygroundPool(world.options(world.pool.port)).start()).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
    const [one, two] = await oneOnEach();
    one.close();
    two.close();
  });

  it('stops listening when closed', async () => {
    const other = new PlaygroundPool(world.options(0));
    await other.start();
    await other.close();
    const outcome = await new Promise<string>((resolve) => {
      const socket = net.connect(other.port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
    });
    expect(outcome).toBe('ECONNREFUSED');
  });
});
