/**
 * The mock API on its own thread, as `npm start` runs it: the worker module is bundled from
 * source here, started, and driven over real sockets through the playground app.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaygroundApp } from './app.ts';
import { LiveHub } from './live/live-hub.ts';
import { startMockThread } from './mock-thread.ts';
import type { MockThread } from './mock-thread.ts';
import { sharedRelayPorts, TraceStore } from './relay/trace-store.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'teapot-mock-thread-'));
const workerUrl = pathToFileURL(path.join(dir, 'mock-worker.mjs'));

let thread: MockThread;
let live: LiveHub;
let app: ReturnType<typeof createPlaygroundApp>;

beforeAll(async () => {
  await build({
    entryPoints: [path.join(import.meta.dirname, 'mock-worker.ts')],
    outfile: workerUrl.pathname,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const relayPorts = sharedRelayPorts();
  // A long wait: if the mock thread never said a connection was over, exchanges would hang
  // past the test's time limit instead of passing.
  const traces = new TraceStore({ relayPorts, waitMs: 60_000 });
  live = new LiveHub((token, watched) => thread.watch(token, watched));
  thread = await startMockThread({ workerUrl, host: '127.0.0.1', port: 0, traces, relayPorts, live });
  app = createPlaygroundApp({ traces, live, rateLimit: false, target: { host: '127.0.0.1', port: thread.port } });
}, 30_000);

afterAll(async () => {
  await thread?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exchange(raw: string) {
  const res = await app.request('/api/exchanges', { method: 'POST', headers: { 'Content-Type': 'message/http' }, body: raw });
  expect(res.status).toBe(201);
  return (await res.json()) as {
    response: { status: number | null };
    trace: { decision: string }[];
    traceInfo: { route?: string; status: number } | null;
    notes: { key: string }[];
  };
}

describe('the mock API on its own thread', () => {
  it('answers the relay, and its decision trace reaches the exchange', async () => {
    const ex = await exchange('GET /users/1 HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n');
    expect(ex.response.status).toBe(200);
    expect(ex.traceInfo).toMatchObject({ route: '/users/:id', status: 200 });
    expect(ex.trace.length).toBeGreaterThan(0);
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
    const routes = new Set(all.filter((a) => a.p === '/users').map((a) => a.ex.traceInfo?.route));
    expect(routes).toEqual(new Set(['/users']));
  });

  it('sends an external client\'s exchange to whoever watches its token, once watched', async () => {
    const res = await fetch(`http://127.0.0.1:${thread.port}/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const { token } = (await res.json()) as { token: string };
    const got: string[] = [];
    const unsubscribe = live.subscribe(token, { send: (_event, data) => got.push(data) });
    // The watch travels to the mock thread as a message; a request right after may miss it.
    for (let i = 0; i < 50 && got.length === 0; i++) {
      await (await fetch(`http://127.0.0.1:${thread.port}/users/2`, { headers: { Authorization: `Bearer ${token}` } })).arrayBuffer();
      await new Promise((r) => setTimeout(r, 20));
    }
    unsubscribe?.();
    expect(got.length).toBeGreaterThan(0);
    expect(JSON.parse(got[0]!)).toMatchObject({ request: { raw: expect.stringContaining('GET /users/2 HTTP/1.1') }, response: { status: 200 } });
  });

  it('refuses to start on a port that is taken, with the reason', async () => {
    const relayPorts = sharedRelayPorts();
    await expect(
      startMockThread({ workerUrl, host: '127.0.0.1', port: thread.port, traces: new TraceStore({ relayPorts }), relayPorts }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('stops listening when closed', async () => {
    const relayPorts = sharedRelayPorts();
    const other = await startMockThread({ workerUrl, host: '127.0.0.1', port: 0, traces: new TraceStore({ relayPorts }), relayPorts });
    await other.close();
    const refused = await new Promise<string>((resolve) => {
      const socket = net.connect(other.port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});
