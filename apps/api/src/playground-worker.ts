/**
 * One of the playground's threads (started by playground-thread.ts): the same server as in one
 * thread, with the mock API's traces and live exchanges arriving as messages from the main
 * thread, and the limits and kept exchanges shared with the other playground threads.
 */
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { ExchangeStore } from './exchanges/exchange-store.ts';
import { EXCHANGE_LIMITS } from './exchanges/limits.ts';
import { LiveHub } from './live/live-hub.ts';
import { createPlaygroundServer } from './playground-server.ts';
import type { FromPlayground, PlaygroundWorkerData, ToPlayground } from './playground-thread.ts';
import { TraceStore } from './relay/trace-store.ts';

const port = parentPort;
if (!port) throw new Error('playground-worker.ts runs as a worker thread (see playground-thread.ts)');
const data = workerData as PlaygroundWorkerData;
const post = (message: FromPlayground) => port.postMessage(message);

/** How long a GET waits for the other threads to say whether they keep an exchange. */
const FIND_WAIT_MS = 2_000;
/** Finds this thread waits on at most; beyond, a GET for an exchange it lacks is a plain 404. */
const MAX_FINDS = 1_000;

const traces = new TraceStore({
  relayPorts: data.relayPorts,
  marker: data.marker,
  ...(data.traceWaitMs ? { waitMs: data.traceWaitMs } : {}),
});
const live = new LiveHub((token, watched) => post({ type: 'watch', token, watched }));
const store = new ExchangeStore(EXCHANGE_LIMITS.keep);
const finds = new Map<number, (json?: Uint8Array) => void>();
let nextAsk = 1;

/** Asks the other threads (through the main thread) for an exchange this one does not keep. */
function findElsewhere(id: string): Promise<Uint8Array | undefined> {
  if (data.threads < 2 || finds.size >= MAX_FINDS) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const ask = nextAsk++;
    const timer = setTimeout(() => answer(), FIND_WAIT_MS);
    const answer = (json?: Uint8Array) => {
      clearTimeout(timer);
      finds.delete(ask);
      resolve(json);
    };
    finds.set(ask, answer);
    post({ type: 'find', id, ask });
  });
}

const server = createPlaygroundServer({
  traces,
  target: data.target,
  ...(data.webDist ? { webDist: data.webDist } : {}),
  live,
  allowedHosts: data.allowedHosts,
  listen: { host: data.host, port: data.port },
  rateLimit: data.rateLimit,
  thread: data.marker,
  store,
  shared: { ...data.shared, findElsewhere },
});

server.once('error', (err: NodeJS.ErrnoException) => {
  post({ type: 'listen-error', code: err.code ?? err.message });
  port.close();
});
server.listen({ port: data.port, host: data.host, reusePort: data.reusePort }, () =>
  post({ type: 'listening', port: (server.address() as AddressInfo).port }),
);

port.on('message', (message: ToPlayground) => {
  switch (message.type) {
    case 'trace':
      traces.record(message.port, message.trace);
      return;
    case 'over':
      traces.over(message.port);
      return;
    case 'live':
      live.publish(message.token, message.json);
      return;
    case 'find': {
      // A copy: the kept bytes may be a view of a larger buffer, which would be copied whole.
      const json = store.get(message.id)?.slice();
      post({ type: 'found', ask: message.ask, from: message.from, ...(json ? { json } : {}) });
      return;
    }
    case 'found':
      finds.get(message.ask)?.(message.json);
      return;
    case 'close':
      live.closeAll();
      server.close(() => {
        post({ type: 'closed' });
        port.close();
      });
      server.closeIdleConnections();
  }
});
