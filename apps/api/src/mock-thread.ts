/**
 * Runs the mock API's HTTP server on a thread of its own, so that the playground (relay,
 * parsing, notes) and the mock API (deciding, answering) use two cores. Nothing about the wire
 * changes: the relay still writes the learner's bytes to the mock API's TCP port on loopback.
 *
 * Between the threads:
 * - the relay's ports, marked in shared memory (so the mock thread knows a relay at once);
 * - each relay request's trace, and a word when a relay's connection is over;
 * - external clients' annotated exchanges, for the live view, and which tokens are watched.
 *
 * If the mock thread dies, it is started again: its sandboxes are gone, as after a restart,
 * and the mock API says so to any token it no longer knows.
 */
import { Worker } from 'node:worker_threads';
import type { SandboxLimits, Trace } from '@teapot/mock-api';
import type { LiveHub } from './live/live-hub.ts';
import type { TraceStore } from './relay/trace-store.ts';

/** What the mock thread starts with. */
export interface MockWorkerData {
  host: string;
  port: number;
  sandboxes?: Partial<SandboxLimits>;
  relayPorts: Uint8Array;
  watched: string[];
}

/** Messages from the mock thread. */
export type FromMock =
  | { type: 'listening'; port: number }
  | { type: 'listen-error'; code: string }
  | { type: 'trace'; port: number; trace: Trace }
  | { type: 'over'; port: number }
  | { type: 'live'; token: string; json: string }
  | { type: 'closed' };

/** Messages to the mock thread. */
export type ToMock = { type: 'watch'; token: string; watched: boolean } | { type: 'close' };

export interface MockThreadOptions {
  /** The built worker module (dist/mock-worker.mjs). */
  workerUrl: URL;
  host: string;
  port: number;
  sandboxes?: Partial<SandboxLimits>;
  /** Must have been made with `relayPorts` from `sharedRelayPorts()`, the same array as here. */
  traces: TraceStore;
  relayPorts: Uint8Array;
  live?: LiveHub;
  /** Told when the thread died and is being started again. */
  onRestart?: (reason: string) => void;
}

export interface MockThread {
  /** The port the mock API listens on (the one asked for, or the one the system chose for 0). */
  readonly port: number;
  /** Forwards a watch change of the live hub (wire it to LiveHub's `onWatchChange`). */
  watch(token: string, watched: boolean): void;
  /** Stops taking connections, lets open ones finish, and ends the thread. */
  close(): Promise<void>;
}

/** Starts the mock thread; resolves once it listens, rejects with the listen error's code. */
export function startMockThread(options: MockThreadOptions): Promise<MockThread> {
  let worker: Worker;
  let stopping = false;
  let closed: (() => void) | undefined;
  let port = options.port;

  const spawn = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const data: MockWorkerData = {
        host: options.host,
        port,
        ...(options.sandboxes ? { sandboxes: options.sandboxes } : {}),
        relayPorts: options.relayPorts,
        watched: options.live?.watchedTokens() ?? [],
      };
      worker = new Worker(options.workerUrl, { workerData: data });
      let listening = false;
      worker.on('message', (message: FromMock) => {
        switch (message.type) {
          case 'trace':
            options.traces.record(message.port, message.trace);
            break;
          case 'over':
            options.traces.over(message.port);
            break;
          case 'live':
            options.live?.publish(message.token, message.json);
            break;
          case 'listening':
            listening = true;
            // A restart listens on the same port as before, even when 0 was asked for at first.
            port = message.port;
            resolve();
            break;
          case 'listen-error':
            reject(Object.assign(new Error(`mock API could not listen: ${message.code}`), { code: message.code }));
            break;
          case 'closed':
            closed?.();
            break;
        }
      });
      worker.on('error', (err) => {
        if (!listening) reject(err);
        else console.error('teapot: the mock API thread failed:', err);
      });
      worker.on('exit', (code) => {
        if (stopping || !listening) {
          closed?.();
          return;
        }
        options.onRestart?.(`exit code ${code}`);
        // Its port is free again once the thread is gone; a short pause avoids a tight loop.
        setTimeout(() => {
          spawn().catch((err: unknown) => {
            console.error('teapot: could not restart the mock API thread:', err);
            process.exit(1);
          });
        }, 200);
      });
    });

  const send = (message: ToMock) => worker.postMessage(message);
  return spawn().then(() => ({
    get port() {
      return port;
    },
    watch: (token, watched) => send({ type: 'watch', token, watched }),
    close: () =>
      new Promise<void>((resolve) => {
        if (stopping) return resolve();
        stopping = true;
        closed = resolve;
        send({ type: 'close' });
      }),
  }));
}
