/**
 * Starts Teapot: the playground (UI + API) on PORT and the mock REST API on MOCK_PORT.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { readEnv } from './env.ts';
import { createMockServer } from './mock-server.ts';
import { createPlaygroundServer } from './playground-server.ts';
import { TraceStore } from './relay/trace-store.ts';
import { LiveHub } from './live/live-hub.ts';
import { lanUrls } from './lib/classroom.ts';
import { EXCHANGE_LIMITS } from './exchanges/limits.ts';

const env = readEnv();
const traces = new TraceStore();
const loopback = env.host === '0.0.0.0' || env.host === '::' ? '127.0.0.1' : env.host;

const live = new LiveHub();
for (const warning of env.warnings) console.warn(`teapot: ${warning}`);
const mock = createMockServer({
  traces,
  sandboxes: env.sandboxes,
  onExternal: (exchange, token) => live.publish(token, JSON.stringify(exchange)),
  isWatched: (token) => live.isWatched(token),
});
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
  await listen(mock, env.mockPort);
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
  mock.close();
  playground.closeIdleConnections();
  mock.closeIdleConnections();
  setTimeout(() => {
    console.log('teapot: still busy after the longest exchange could take; exiting.');
    process.exit(0);
  }, EXCHANGE_LIMITS.totalTimeoutMs + 1_000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
