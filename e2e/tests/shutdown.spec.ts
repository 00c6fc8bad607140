import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { PORT } from '../playwright.config.ts';

// A Teapot of its own (the shared one keeps serving the other specs), stopped while working.
const OWN_PORT = PORT + 30;
const OWN_MOCK_PORT = PORT + 31;
const MAIN = fileURLToPath(new URL('../../apps/api/dist/main.mjs', import.meta.url));
const base = `http://127.0.0.1:${OWN_PORT}`;

function start(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: String(OWN_PORT), MOCK_PORT: String(OWN_MOCK_PORT), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function healthy(): Promise<void> {
  await expect
    .poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0, { timeout: 15_000 })
    .toBe(200);
}

test.describe('stopping the server', () => {
  test('SIGTERM lets the exchange in flight finish, ends live streams, and exits', async () => {
    const server = start();
    try {
      await healthy();
      const tokenRes = await fetch(`http://127.0.0.1:${OWN_MOCK_PORT}/tokens`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      const { token } = (await tokenRes.json()) as { token: string };

      // A learner watching live traffic: the stream must end cleanly, not be cut.
      const live = await fetch(`${base}/api/live?token=${token}`);
      expect(live.status).toBe(200);
      if (!live.body) throw new Error('the live stream has no body');
      const reader = live.body.getReader();
      const first = await reader.read();
      expect(new TextDecoder().decode(first.value)).toContain('event: ready');

      // An exchange that takes 1.5 s on the mock API, still running when the signal comes.
      const inFlight = fetch(`${base}/api/exchanges`, {
        method: 'POST',
        headers: { 'Content-Type': 'message/http' },
        body: 'GET /delays/1.5 HTTP/1.1\r\nHost: x\r\n\r\n',
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      server.child.kill('SIGTERM');

      const res = await inFlight;
      expect(res.status).toBe(201);
      const exchange = (await res.json()) as { response: { status: number; raw: string } };
      expect(exchange.response.status).toBe(200);
      expect(exchange.response.raw).toContain('"seconds": 1.5');

      let ended = false;
      for (;;) {
        const next = await reader.read();
        if (next.done) {
          ended = true;
          break;
        }
      }
      expect(ended).toBe(true);

      expect(await server.exited).toBe(0);
      expect(server.output()).toContain('finishing exchanges in flight');
      expect(server.output()).not.toContain('still busy');
      // Nothing listens any more.
      expect(await fetch(`${base}/api/health`).catch(() => 'refused')).toBe('refused');
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});
