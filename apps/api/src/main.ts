/**
 * Starts Teapot: the playground (UI + API) on PORT and the mock REST API on MOCK_PORT.
 */
import { existsSync } from 'node:fs';
import { readEnv } from './env.ts';
import { createMockServer } from './mock-server.ts';
import { mockBridge, PlaygroundPool } from './playground-thread.ts';
import { sharedRelayPorts } from './relay/trace-store.ts';
import { lanUrls } from './lib/classroom.ts';
import { EXCHANGE_LIMITS } from './exchanges/limits.ts';

const env = readEnv();
for (const warning of env.warnings) console.warn(`teapot: ${warning}`);
const loopback = env.host === '0.0.0.0' || env.host === '::' ? '127.0.0.1' : env.host;

// The mock API runs on this thread, the playground on threads of its own (playground-thread.ts).
// The relay's ports are marked in memory all share; traces and live exchanges go as messages.
const relayPorts = sharedRelayPorts();
let playground: PlaygroundPool | undefined;
/** Tokens someone watches in the live view (kept by the playground threads, mirrored here). */
const watched = new Set<string>();
const mock = createMockServer({ ...mockBridge(relayPorts, () => playground, watched), sandboxes: env.sandboxes, readMemo: env.readMemo });
const webDist = existsSync(env.webDist) ? env.webDist : undefined;
if (!webDist) console.warn(`teapot: no UI build at ${env.webDist}; run "npm run build" first. Serving the API only.`);

try {
  await new Promise<void>((resolve, reject) => {
    mock.once('error', reject);
    mock.listen(env.mockPort, env.host, () => resolve());
  });
  playground = new PlaygroundPool({
    threads: env.playgroundThreads,
    workerUrl: new URL('./playground-worker.mjs', import.meta.url),
    host: env.host,
    port: env.port,
    target: { host: loopback, port: env.mockPort },
    ...(webDist ? { webDist } : {}),
    allowedHosts: env.allowedHosts,
    rateLimit: env.exchangeRate > 0 ? { rate: env.exchangeRate, burst: env.exchangeRate * 3, maxKeys: 10_000 } : false,
    relayPorts,
    onWatch: (token, on) => (on ? watched.add(token) : watched.delete(token)),
    onRestart: (reason, marker) => {
      console.error(`teapot: playground thread ${marker} stopped (${reason}); starting it again.`);
    },
  });
  await playground.start();
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  console.error(`teapot: could not listen (${e.code ?? e.message}). Is another Teapot running? Set PORT / MOCK_PORT.`);
  process.exit(1);
}

const shown = env.host === '0.0.0.0' || env.host === '::' ? 'localhost' : env.host;
console.log(`Teapot is running on Node ${process.versions.node}, the playground on ${playground.threads} thread${playground.threads === 1 ? '' : 's'}.`);
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
  // The playground first: its exchanges in flight still need the mock API to answer them.
  void playground?.close().then(() => {
    console.log('teapot: playground closed.');
    mock.close();
    mock.closeIdleConnections();
  });
  setTimeout(() => {
    console.log('teapot: still busy after the longest exchange could take; exiting.');
    process.exit(0);
  }, EXCHANGE_LIMITS.totalTimeoutMs + 1_000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
