/**
 * Runs the playground (UI, playground API, relay, notes) on a thread of its own, so that the
 * playground and the mock API use two cores. The mock API stays on the main thread, where it
 * answers fastest. Nothing about the wire changes: the relay still writes the learner's bytes to
 * the mock API's TCP port on loopback.
 *
 * Between the threads:
 * - the relay's ports, marked in shared memory (so the mock API knows a relay at once);
 * - each relay request's trace, and a word when a relay's connection is over;
 * - external clients' annotated exchanges, for the live view, and which tokens are watched.
 *
 * If the playground thread dies, it is started again; learners' history lives in their browsers.
 */
import { Worker } from 'node:worker_threads';
import type { RateLimitOptions } from './lib/rate-limit.ts';
import type { MockServerOptions } from './mock-server.ts';
import { RemoteTraceSink } from './relay/trace-store.ts';
import type { TraceMessage } from './relay/trace-store.ts';

/** What the playground thread starts with. */
export interface PlaygroundWorkerData {
  host: string;
  port: number;
  /** Where the relay sends the learner's bytes: the mock API, always. */
  target: { host: string; port: number };
  webDist?: string;
  allowedHosts: string[];
  rateLimit: RateLimitOptions | false;
  /** One byte per TCP port, shared: 1 while a relay socket owns the port (see TraceStore). */
  relayPorts: Uint8Array;
  /** How long the relay waits for a trace that has not come (TraceStore's `waitMs`). */
  traceWaitMs?: number;
}

/** Messages from the playground thread. */
export type FromPlayground =
  | { type: 'listening'; port: number }
  | { type: 'listen-error'; code: string }
  | { type: 'watch'; token: string; watched: boolean }
  | { type: 'closed' };

/** Messages to the playground thread. */
export type ToPlayground = TraceMessage | { type: 'live'; token: string; json: string } | { type: 'close' };

export interface PlaygroundThreadOptions extends PlaygroundWorkerData {
  /** The built worker module (dist/playground-worker.mjs). */
  workerUrl: URL;
  /** Told when a token gains its first live watcher or loses its last one. */
  onWatch: (token: string, watched: boolean) => void;
  /** Told when the thread died and is being started again (its watchers are gone with it). */
  onRestart?: (reason: string) => void;
}

export interface PlaygroundThread {
  /** The port the playground listens on (the one asked for, or the one the system chose for 0). */
  readonly port: number;
  send(message: ToPlayground): void;
  /** Stops taking connections, finishes the exchanges in flight, ends live streams, ends the thread. */
  close(): Promise<void>;
}

/** Starts the playground thread; resolves once it listens, rejects with the listen error's code. */
export function startPlaygroundThread(options: PlaygroundThreadOptions): Promise<PlaygroundThread> {
  const { workerUrl, onWatch, onRestart, ...data } = options;
  let worker: Worker;
  let stopping = false;
  let closed: (() => void) | undefined;

  const spawn = (): Promise<void> =>
    new Promise((resolve, reject) => {
      worker = new Worker(workerUrl, { workerData: data satisfies PlaygroundWorkerData });
      let listening = false;
      worker.on('message', (message: FromPlayground) => {
        switch (message.type) {
          case 'watch':
            onWatch(message.token, message.watched);
            break;
          case 'listening':
            listening = true;
            // A restart listens on the same port as before, even when 0 was asked for at first.
            data.port = message.port;
            resolve();
            break;
          case 'listen-error':
            reject(Object.assign(new Error(`playground could not listen: ${message.code}`), { code: message.code }));
            break;
          case 'closed':
            closed?.();
            break;
        }
      });
      worker.on('error', (err) => {
        if (!listening) reject(err);
        else console.error('teapot: the playground thread failed:', err);
      });
      worker.on('exit', (code) => {
        if (stopping || !listening) {
          closed?.();
          return;
        }
        onRestart?.(`exit code ${code}`);
        // Its port is free again once the thread is gone; a short pause avoids a tight loop.
        setTimeout(() => {
          spawn().catch((err: unknown) => {
            console.error('teapot: could not restart the playground thread:', err);
            process.exit(1);
          });
        }, 200);
      });
    });

  return spawn().then(() => ({
    get port() {
      return data.port;
    },
    send: (message) => worker.postMessage(message),
    close: () =>
      new Promise<void>((resolve) => {
        if (stopping) return resolve();
        stopping = true;
        closed = resolve;
        worker.postMessage({ type: 'close' } satisfies ToPlayground);
      }),
  }));
}

/**
 * The mock server's side of the bridge: its traces, the end of each relay connection and the
 * live exchanges go to the playground thread (once there is one); `watched` is the mirror of
 * the tokens its live view watches (kept up to date by `onWatch`).
 */
export function mockBridge(
  relayPorts: Uint8Array,
  thread: () => PlaygroundThread | undefined,
  watched: Set<string>,
): Pick<MockServerOptions, 'traces' | 'onExternal' | 'isWatched'> {
  return {
    traces: new RemoteTraceSink(relayPorts, (message) => thread()?.send(message)),
    onExternal: (exchange, token) => thread()?.send({ type: 'live', token, json: JSON.stringify(exchange) }),
    isWatched: (token) => watched.has(token),
  };
}
