/**
 * Starts Teapot: the playground (UI + API) on PORT and the mock REST API on MOCK_PORT.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { readEnv } from './env.ts';
import { startMockThread } from './mock-thread.ts';
import type { MockThread } from './mock-thread.ts';
import { createPlaygroundServer } from './playground-server.ts';
import { sharedRelayPorts, TraceStore } from './relay/trace-store.ts';
import { LiveHub } from './live/live-hub.ts';
import { lanUrls } from './lib/classroom.ts';
import { EXCHANGE_LIMITS } from './exchanges/limits.ts';

const env = readEnv();
// The mock API runs on its own thread (mock-thread.ts); the relay's ports are shared with it.
const relayPorts = sharedRelayPorts();
const traces = new TraceStore({ relayPorts });
const loopback = env.host === '0.0.0.0' || env.host === '::' ? '127.0.0.1' : env.host;

let mock: MockThread | undefined;
const live = new LiveHub((token, watched) => mock?.watch(token, watched));
for (const warning of env.warnings) console.warn(`teapot: ${warning}`);
const webDist = existsSync(env.webDist) ? env.webDist : undefined;
if (!webDist) console.warn(`teapot: no UI build at ${env.webDist}; run "npm run build" first. Serving the API only.`);
const playground = createPlaygroundServer({ traces, target: { host: loopback, port: env.mockPort },
  webDist,
  live,
  allowedHosts: env.allowedHosts,
  listen: { host: env.host, port: env.port },
  rateLimit: env.exchangeRate > 0 ? { rate: env.exchangeRate, burst: env.exchangeRate * 3, maxKeys: 10_000 } : false,
});

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, env.host, () => resolve());
  });
}

try {
  mock = await startMockThread({
    workerUrl: new URL('./mock-worker.mjs', import.meta.url),
    host: env.host,
    port: env.mockPort,
    sandboxes: env.sandboxes,
    traces,
    relayPorts,
    live,
    onRestart: (reason) => console.error(`teapot: the mock API stopped (${reason}); starting it again. Its sandboxes are gone.`),
  });
  await listen(playground, env.port);
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  console.error(`teapot: could not listen (${e.code ?? e.message}). Is another Teapot running? Set PORT / MOCK_PORT.`);
  process.exit(1);
}

const shown = env.host === '0.0.0.0' || env.host === '::' ? 'localhost' : env.host;
console.log(`Teapot is running on Node ${process.versions.node}.`);
console.log(`  Playground: http://${shown}:${env.port}`);
console.log(`  Mock API:   http://${shown}:${env.mockPort}   (try: curl -i http://${shown}:${env.mockPort}/users/1)`);
for (const url of lanUrls({ host: env.host, port: env.port })) console.log(`  Students:   ${url}`);

let stopping = false;
/**
 * Stops taking connections, lets every exchange in flight finish (the longest can take the
 * relay's total deadline), ends live streams, and exits once nothing is left.
 */
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`teapot: ${signal}, finishing exchanges in flight...`);
  live.closeAll();
  playground.close(() => console.log('teapot: playground closed.'));
  void mock?.close();
  playground.closeIdleConnections();
  setTimeout(() => {
    console.log('teapot: still busy after the longest exchange could take; exiting.');
    process.exit(0);
  }, EXCHANGE_LIMITS.totalTimeoutMs + 1_000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
