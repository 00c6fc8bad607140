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
import { MAX_FINDS_PER_THREAD } from './playground-thread.ts';
import type { FromPlayground, PlaygroundWorkerData, ToPlayground } from './playground-thread.ts';
import { TraceStore } from './relay/trace-store.ts';
import type { Trace } from '@teapot/mock-api';

const port = parentPort;
if (!port) throw new Error('playground-worker.ts runs as a worker thread (see playground-thread.ts)');
const data = workerData as PlaygroundWorkerData;
const post = (message: FromPlayground) => port.postMessage(message);

/** How long a GET waits for the other threads to say whether they keep an exchange. */
const FIND_WAIT_MS = 2_000;

const traces = new TraceStore({
  relayPorts: data.relayPorts,
  marker: data.marker,
  ...(data.traceWaitMs ? { waitMs: data.traceWaitMs } : {}),
});
const live = new LiveHub((token, watched) => post({ type: 'watch', token, watched }));
const store = new ExchangeStore(EXCHANGE_LIMITS.keep);
const finds = new Map<number, (json?: Uint8Array<ArrayBuffer>) => void>();
/**
 * Numbers this thread's finds. It starts anywhere, so that a late answer to a thread that died
 * cannot be taken for an answer to the thread started in its place.
 */
let nextAsk = Math.floor(Math.random() * 2 ** 48);

/** Asks the other threads (through the main thread) for an exchange this one does not keep. */
function findElsewhere(id: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (data.threads < 2 || finds.size >= MAX_FINDS_PER_THREAD) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const ask = nextAsk++;
    const timer = setTimeout(() => answer(), FIND_WAIT_MS);
    const answer = (json?: Uint8Array<ArrayBuffer>) => {
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
  store,
  shared: { ...data.shared, thread: data.marker, findElsewhere },
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
      // Parsed only for a relay still waiting (one that gave up has forgotten its port).
      if (traces.isRelay(message.port)) traces.record(message.port, JSON.parse(message.json) as Trace);
      return;
    case 'over':
      traces.over(message.port);
      return;
    case 'live':
      live.publish(message.token, message.json);
      return;
    case 'find': {
      // A copy of its own, to hand over: the kept bytes stay, and may be a view of a larger
      // buffer (a Buffer's slice() would be such a view, not a copy).
      const kept = store.get(message.id);
      const json = kept ? new Uint8Array(kept) : undefined;
      const found: FromPlayground = {
        type: 'found',
        ask: message.ask,
        from: message.from,
        ...(json ? { json } : {}),
      };
      port.postMessage(found, json ? [json.buffer] : []);
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
