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
import { startPlaygroundThread } from './playground-thread.ts';
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
