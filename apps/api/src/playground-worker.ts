/**
 * The playground's thread (started by playground-thread.ts): the same server as in one thread,
 * with the mock API's traces and live exchanges arriving as messages from the main thread.
 */
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { LiveHub } from './live/live-hub.ts';
import { createPlaygroundServer } from './playground-server.ts';
import type { FromPlayground, PlaygroundWorkerData, ToPlayground } from './playground-thread.ts';
import { TraceStore } from './relay/trace-store.ts';

const port = parentPort;
if (!port) throw new Error('playground-worker.ts runs as a worker thread (see playground-thread.ts)');
const data = workerData as PlaygroundWorkerData;
const post = (message: FromPlayground) => port.postMessage(message);

const traces = new TraceStore({ relayPorts: data.relayPorts, ...(data.traceWaitMs ? { waitMs: data.traceWaitMs } : {}) });
const live = new LiveHub((token, watched) => post({ type: 'watch', token, watched }));
const server = createPlaygroundServer({
  traces,
  target: data.target,
  ...(data.webDist ? { webDist: data.webDist } : {}),
  live,
  allowedHosts: data.allowedHosts,
  listen: { host: data.host, port: data.port },
  rateLimit: data.rateLimit,
});

server.once('error', (err: NodeJS.ErrnoException) => {
  post({ type: 'listen-error', code: err.code ?? err.message });
  port.close();
});
server.listen(data.port, data.host, () => post({ type: 'listening', port: (server.address() as AddressInfo).port }));

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
    case 'close':
      live.closeAll();
      server.close(() => {
        post({ type: 'closed' });
        port.close();
      });
      server.closeIdleConnections();
  }
});
