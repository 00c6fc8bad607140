/**
 * When the playground's thread dies, `startPlaygroundThread` starts it again on the same port.
 * The thread here is a stand-in that speaks the real protocol (listening, closed) and dies once,
 * right after it first listens: the supervisor is what is under test, over a real socket.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PlaygroundPool, startPlaygroundThread } from './playground-thread.ts';
import { sharedRelayPorts } from './relay/trace-store.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'teapot-playground-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Answers every request with its start number; the first start dies 100 ms after listening. */
const STAND_IN = `
import { createServer } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync, writeFileSync } from 'node:fs';
const counter = ${JSON.stringify(path.join(dir, 'starts'))};
let starts = 0;
try { starts = Number(readFileSync(counter, 'utf8')); } catch {}
starts += 1;
writeFileSync(counter, String(starts));
const server = createServer((req, res) => res.end('start ' + starts));
server.listen(workerData.port, workerData.host, () => {
  parentPort.postMessage({ type: 'listening', port: server.address().port });
  if (starts === 1) setTimeout(() => process.exit(3), 100);
});
parentPort.on('message', (message) => {
  if (message.type === 'close') server.close(() => { parentPort.postMessage({ type: 'closed' }); parentPort.close(); });
});
`;

describe('the playground thread, when it dies', () => {
  it('is started again on the port it had, and says why', async () => {
    const workerFile = path.join(dir, 'stand-in.mjs');
    writeFileSync(workerFile, STAND_IN);
    const restarts: string[] = [];
    const thread = await startPlaygroundThread({
      workerUrl: pathToFileURL(workerFile),
      host: '127.0.0.1',
      port: 0,
      target: { host: '127.0.0.1', port: 1 },
      allowedHosts: [],
      rateLimit: false,
      relayPorts: sharedRelayPorts(),
      marker: 1,
      reusePort: false,
      threads: 1,
      shared: { inFlight: new Int32Array(new SharedArrayBuffer(4)) },
      onRestart: (reason) => restarts.push(reason),
    });
    const port = thread.port;
    expect(port).toBeGreaterThan(0);
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('start 1');

    // The first start exits with code 3; the second listens on the same port.
    let answer = '';
    for (let i = 0; i < 50 && answer !== 'start 2'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.text(), () => '');
    }
    expect(answer).toBe('start 2');
    expect(restarts).toEqual(['exit code 3']);
    expect(thread.port).toBe(port);

    await thread.close();
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  }, 20_000);
});

/**
 * Stand-ins for a pool of two. Thread 2 dies 100 ms after it first listens, leaving behind what
 * a thread could: places counted in flight, relay ports marked, the rate limiter's lock held, a
 * token watched. Each answers with what it sees of the shared memory.
 */
const POOL_STAND_IN = `
import { createServer } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync, writeFileSync } from 'node:fs';
const { marker, shared, relayPorts } = workerData;
const counter = ${JSON.stringify(path.join(dir, 'pool-starts-'))} + marker;
let starts = 0;
try { starts = Number(readFileSync(counter, 'utf8')); } catch {}
starts += 1;
writeFileSync(counter, String(starts));
if (workerData.fail === marker) {
  parentPort.postMessage({ type: 'listen-error', code: 'EACCES' });
} else {
  const lock = new Int32Array(shared.rateLimit, 0, 1);
  const server = createServer((req, res) =>
    res.end(JSON.stringify({ marker, starts, inFlight: Array.from(shared.inFlight), lock: Atomics.load(lock, 0), ports: [relayPorts[40000], relayPorts[40001]] })),
  );
  server.listen({ port: workerData.port, host: workerData.host, reusePort: workerData.reusePort }, () => {
    parentPort.postMessage({ type: 'listening', port: server.address().port });
    if (marker === 2 && starts === 1) {
      Atomics.add(shared.inFlight, 1, 5);
      Atomics.add(shared.inFlight, 0, 1);
      Atomics.store(relayPorts, 40000, 2);
      Atomics.store(relayPorts, 40001, 1);
      Atomics.store(lock, 0, 2);
      parentPort.postMessage({ type: 'watch', token: 'watched-by-2', watched: true });
      setTimeout(() => process.exit(3), 100);
    }
  });
  parentPort.on('message', (message) => {
    if (message.type === 'close') server.close(() => { parentPort.postMessage({ type: 'closed' }); parentPort.close(); });
  });
}
`;

describe('a pool of playground threads, when one dies', () => {
  const workerFile = path.join(dir, 'pool-stand-in.mjs');
  const options = (fail?: number) => ({
    threads: 2,
    workerUrl: pathToFileURL(workerFile),
    host: '127.0.0.1',
    port: 0,
    target: { host: '127.0.0.1', port: 1 },
    allowedHosts: [],
    rateLimit: { rate: 1, burst: 1, maxKeys: 10 },
    relayPorts: sharedRelayPorts(),
    ...(fail ? { fail } : {}),
  });

  it('lets go of what the dead thread held, and starts it again beside the other', async () => {
    writeFileSync(workerFile, POOL_STAND_IN);
    const watches: string[] = [];
    const restarts: number[] = [];
    const pool = new PlaygroundPool({
      ...options(),
      onWatch: (token, on) => watches.push(`${token} ${on}`),
      onRestart: (_reason, marker) => restarts.push(marker),
    });
    await pool.start();
    type Seen = { marker: number; starts: number; inFlight: number[]; lock: number; ports: number[] };
    let seen: Seen | undefined;
    for (let i = 0; i < 200 && !(seen?.marker === 2 && seen.starts === 2); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const res = await fetch(`http://127.0.0.1:${pool.port}/`, { headers: { Connection: 'close' } }).catch(() => null);
      if (res) seen = (await res.json()) as Seen;
    }
    expect(restarts).toEqual([2]);
    expect(watches).toEqual(['watched-by-2 true', 'watched-by-2 false']);
    // Thread 2's places and marks are gone; thread 1's are kept.
    expect(seen).toEqual({ marker: 2, starts: 2, inFlight: [1, 0], lock: 0, ports: [0, 1] });
    await pool.close();
  }, 20_000);

  it('stops the threads already started when a later one cannot listen', async () => {
    writeFileSync(workerFile, POOL_STAND_IN);
    const pool = new PlaygroundPool({ ...options(2), onWatch: () => undefined });
    await expect(pool.start()).rejects.toMatchObject({ code: 'EACCES' });
    await expect(fetch(`http://127.0.0.1:${pool.port}/`)).rejects.toThrow();
  });
});

