/**
 * The mock API's thread (started by mock-thread.ts): the same server as in one thread, with
 * its traces and live exchanges sent to the playground's thread as messages.
 */
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { createMockServer } from './mock-server.ts';
import type { FromMock, MockWorkerData, ToMock } from './mock-thread.ts';
import { RemoteTraceSink } from './relay/trace-store.ts';

const port = parentPort;
if (!port) throw new Error('mock-worker.ts runs as a worker thread (see mock-thread.ts)');
const data = workerData as MockWorkerData;
const post = (message: FromMock) => port.postMessage(message);
const watched = new Set(data.watched);

const server = createMockServer({
  traces: new RemoteTraceSink(data.relayPorts, (p, trace) => post({ type: 'trace', port: p, trace })),
  onRelayClosed: (p) => post({ type: 'over', port: p }),
  ...(data.sandboxes ? { sandboxes: data.sandboxes } : {}),
  onExternal: (exchange, token) => post({ type: 'live', token, json: JSON.stringify(exchange) }),
  isWatched: (token) => watched.has(token),
});

server.once('error', (err: NodeJS.ErrnoException) => {
  post({ type: 'listen-error', code: err.code ?? err.message });
  port.close();
});
server.listen(data.port, data.host, () => post({ type: 'listening', port: (server.address() as AddressInfo).port }));

port.on('message', (message: ToMock) => {
  if (message.type === 'watch') {
    if (message.watched) watched.add(message.token);
    else watched.delete(message.token);
    return;
  }
  server.close(() => {
    post({ type: 'closed' });
    port.close();
  });
  server.closeIdleConnections();
});
