/**
 * The playground on its own thread, as `npm start` runs it: the worker module is bundled from
 * source here and started next to a real mock server on this thread; everything goes over real
 * sockets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from './mock-server.ts';
import { mockBridge, startPlaygroundThread } from './playground-thread.ts';
import type { PlaygroundThread, PlaygroundThreadOptions } from './playground-thread.ts';
import { sharedRelayPorts } from './relay/trace-store.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'teapot-playground-thread-'));
const workerUrl = pathToFileURL(path.join(dir, 'playground-worker.mjs'));

let mock: Server;
let mockPort: number;
let thread: PlaygroundThread | undefined;
const watched = new Set<string>();
const relayPorts = sharedRelayPorts();

function threadOptions(port: number): PlaygroundThreadOptions {
  return {
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
  };
}

beforeAll(async () => {
  await build({
    entryPoints: [path.join(import.meta.dirname, 'playground-worker.ts')],
    outfile: workerUrl.pathname,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  mock = createMockServer(mockBridge(relayPorts, () => thread, watched));
  await new Promise<void>((resolve) => mock.listen(0, '127.0.0.1', resolve));
  mockPort = (mock.address() as AddressInfo).port;
  thread = await startPlaygroundThread(threadOptions(0));
}, 30_000);

afterAll(async () => {
  await thread?.close();
  mock?.closeAllConnections();
  await new Promise((resolve) => mock?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const playground = (p: string) => `http://127.0.0.1:${thread!.port}${p}`;

async function exchange(raw: string) {
  const res = await fetch(playground('/api/exchanges'), { method: 'POST', headers: { 'Content-Type': 'message/http' }, body: raw });
  expect(res.status).toBe(201);
  return (await res.json()) as {
    response: { status: number | null };
    trace: { decision: string }[];
    traceInfo: { route?: string; status: number } | null;
  };
}

describe('the playground on its own thread', () => {
  it('relays to the mock API, and the decision trace reaches the exchange', async () => {
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
    expect(new Set(all.filter((a) => a.p === '/users').map((a) => a.ex.traceInfo?.route))).toEqual(new Set(['/users']));
  });

  it("streams an external client's exchange to the learner who watches its token", async () => {
    const res = await fetch(`http://127.0.0.1:${mockPort}/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const { token } = (await res.json()) as { token: string };
    const stream = await fetch(playground(`/api/live?token=${token}`));
    expect(stream.status).toBe(200);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    // The watch reaches this thread as a message; a request sent before it arrives is not captured.
    for (let i = 0; i < 100 && !watched.has(token); i++) await new Promise((r) => setTimeout(r, 10));
    expect(watched.has(token)).toBe(true);
    await (await fetch(`http://127.0.0.1:${mockPort}/users/2`, { headers: { Authorization: `Bearer ${token}` } })).arrayBuffer();
    while (!text.includes('event: exchange')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
    await reader.cancel();
    expect(text).toContain('GET /users/2 HTTP/1.1');
    // The last watcher gone, the mock API stops capturing that token.
    for (let i = 0; i < 100 && watched.has(token); i++) await new Promise((r) => setTimeout(r, 10));
    expect(watched.has(token)).toBe(false);
  });

  it('refuses to start on a port that is taken, with the reason', async () => {
    await expect(startPlaygroundThread(threadOptions(thread!.port))).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('stops listening when closed', async () => {
    const other = await startPlaygroundThread(threadOptions(0));
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
