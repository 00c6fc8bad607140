/**
 * Runs the playground (UI, playground API, relay, notes) on threads of its own, so that the
 * playground and the mock API use all the cores. The mock API stays on the main thread, where
 * it answers fastest, and keeps every sandbox. Nothing about the wire changes: each relay still
 * writes the learner's bytes to the mock API's TCP port on loopback.
 *
 * The playground's threads all listen on its port (SO_REUSEPORT), and the kernel spreads the
 * connections among them. What they share:
 * - the relay's ports, marked in shared memory with the relaying thread's number (so the mock
 *   API knows a relay at once, and which thread its trace goes to);
 * - the per-learner rate limit and the count of exchanges in flight, in shared memory;
 * - the exchanges each keeps for GET /api/exchanges/{id}: a thread that does not have one asks
 *   the others, through this thread;
 * - external clients' annotated exchanges, for the live view (to every thread), and which tokens
 *   are watched (on any thread).
 *
 * A thread that dies is started again on the same port; the others keep serving meanwhile, and
 * learners' history lives in their browsers.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import type { SharedExchangeState } from './exchanges/routes.ts';
import { RateLimiter } from './lib/rate-limit.ts';
import type { RateLimitOptions } from './lib/rate-limit.ts';
import type { MockServerOptions } from './mock-server.ts';
import { RemoteTraceSink } from './relay/trace-store.ts';
import type { TraceMessage } from './relay/trace-store.ts';

/** What a playground thread starts with. */
export interface PlaygroundWorkerData {
  host: string;
  port: number;
  /** Where the relay sends the learner's bytes: the mock API, always. */
  target: { host: string; port: number };
  webDist?: string;
  allowedHosts: string[];
  rateLimit: RateLimitOptions | false;
  /** One byte per TCP port, shared: a relaying thread's marker while its socket owns the port. */
  relayPorts: Uint8Array;
  /** How long the relay waits for a trace that has not come (TraceStore's `waitMs`). */
  traceWaitMs?: number;
  /** This thread's mark on its relay ports (1, 2, ...): where the mock API sends its traces. */
  marker: number;
  /** Listen with SO_REUSEPORT, so that the playground's threads share the port. */
  reusePort: boolean;
  /** How many playground threads there are (1: no other thread to ask for an exchange). */
  threads: number;
  /** The rate limiter's buckets and the exchanges in flight, shared by all the threads. */
  shared: Omit<SharedExchangeState, 'findElsewhere'>;
}

/** Messages from a playground thread. */
export type FromPlayground =
  | { type: 'listening'; port: number }
  | { type: 'listen-error'; code: string }
  | { type: 'watch'; token: string; watched: boolean }
  | { type: 'closed' }
  /** This thread does not keep exchange `id`: ask the others. */
  | { type: 'find'; id: string; ask: number }
  /** The answer to a `find` that thread `from` asked. */
  | { type: 'found'; ask: number; from: number; json?: Uint8Array };

/** Messages to a playground thread. */
export type ToPlayground =
  | TraceMessage
  | { type: 'live'; token: string; json: string }
  | { type: 'close' }
  /** Thread `from` looks for exchange `id`: answer with `found`. */
  | { type: 'find'; id: string; ask: number; from: number }
  /** The answer to this thread's own `find`. */
  | { type: 'found'; ask: number; json?: Uint8Array };

export interface PlaygroundThreadOptions extends PlaygroundWorkerData {
  /** The built worker module (dist/playground-worker.mjs). */
  workerUrl: URL;
  /** Told of the thread's other messages (watches and finds). */
  onMessage?: (message: FromPlayground) => void;
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

/** Starts one playground thread; resolves once it listens, rejects with the listen error's code. */
export function startPlaygroundThread(options: PlaygroundThreadOptions): Promise<PlaygroundThread> {
  const { workerUrl, onMessage, onRestart, ...data } = options;
  let worker: Worker;
  let stopping = false;
  let closed: (() => void) | undefined;

  const spawn = (): Promise<void> =>
    new Promise((resolve, reject) => {
      worker = new Worker(workerUrl, { workerData: data satisfies PlaygroundWorkerData });
      let listening = false;
      worker.on('message', (message: FromPlayground) => {
        switch (message.type) {
          case 'listening':
            listening = true;
            // A restart listens on the same port as before, even when 0 was asked for at first.
            data.port = message.port;
            resolve();
            break;
          case 'listen-error':
            reject(
              Object.assign(new Error(`playground could not listen: ${message.code}`), {
                code: message.code,
              }),
            );
            break;
          case 'closed':
            closed?.();
            break;
          default:
            onMessage?.(message);
        }
      });
      worker.on('error', (err) => {
        if (!listening) reject(err);
        else console.error('teapot: a playground thread failed:', err);
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
            console.error('teapot: could not restart a playground thread:', err);
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

export interface PlaygroundPoolOptions
  extends
    Omit<PlaygroundWorkerData, 'marker' | 'reusePort' | 'threads' | 'shared'>,
    Pick<PlaygroundThreadOptions, 'workerUrl'> {
  /** How many playground threads to run (at least 1). */
  threads: number;
  /** Told when a token gains its first watcher on any thread, or loses its last one on all. */
  onWatch: (token: string, watched: boolean) => void;
  /** Told when a thread died and is being started again. */
  onRestart?: (reason: string, marker: number) => void;
}

/** Finds asked and not yet answered, at most; the oldest are forgotten (the asker gives up in time). */
const MAX_PENDING_FINDS = 1_000;

/**
 * The playground's threads, as the main thread sees them. Made before they start, so that the
 * mock API can route traces to the first thread while the next ones are still starting.
 */
export class PlaygroundPool {
  readonly #options: PlaygroundPoolOptions;
  readonly #threads = new Map<number, PlaygroundThread>();
  /** Which threads watch each token. */
  readonly #watchers = new Map<string, Set<number>>();
  /** Finds forwarded, by asker and ask: how many threads have yet to answer. */
  readonly #pendingFinds = new Map<string, number>();
  #port = 0;

  constructor(options: PlaygroundPoolOptions) {
    this.#options = options;
  }

  /** The port all the threads listen on (known once `start` has resolved). */
  get port(): number {
    return this.#port;
  }

  get threads(): number {
    return this.#options.threads;
  }

  /**
   * Starts the threads on one port. The port is first taken for a moment without SO_REUSEPORT,
   * so that a port another program (or another Teapot) holds is refused with EADDRINUSE rather
   * than shared. Rejects with the listen error; no thread is left running then.
   */
  async start(): Promise<void> {
    const { threads: count, onWatch: _onWatch, onRestart, ...common } = this.#options;
    this.#port = await claimPort(common.host, common.port);
    const shared = {
      ...(common.rateLimit ? { rateLimit: RateLimiter.memory(common.rateLimit) } : {}),
      inFlight: new Int32Array(new SharedArrayBuffer(4)),
    };
    try {
      for (let marker = 1; marker <= count; marker++) {
        const thread = await startPlaygroundThread({
          ...common,
          port: this.#port,
          marker,
          reusePort: true,
          threads: count,
          shared,
          onMessage: (message) => this.#handle(marker, message),
          onRestart: (reason) => {
            for (const token of [...this.#watchers.keys()]) this.#unwatch(token, marker);
            onRestart?.(reason, marker);
          },
        });
        this.#threads.set(marker, thread);
      }
    } catch (err) {
      await this.close();
      throw err;
    }
  }

  /** A trace, or the word that a relay connection is over, to the thread that relays on that port. */
  sendTrace(message: TraceMessage, marker: number): void {
    this.#threads.get(marker)?.send(message);
  }

  /** An external client's annotated exchange, to every thread's live view. */
  publish(token: string, json: string): void {
    for (const thread of this.#threads.values()) thread.send({ type: 'live', token, json });
  }

  /** Stops every thread (see PlaygroundThread.close). */
  async close(): Promise<void> {
    await Promise.all([...this.#threads.values()].map((t) => t.close()));
  }

  #send(marker: number, message: ToPlayground): void {
    this.#threads.get(marker)?.send(message);
  }

  #unwatch(token: string, marker: number): void {
    const set = this.#watchers.get(token);
    if (!set?.delete(marker) || set.size > 0) return;
    this.#watchers.delete(token);
    this.#options.onWatch(token, false);
  }

  #handle(marker: number, message: FromPlayground): void {
    switch (message.type) {
      case 'watch': {
        if (!message.watched) return this.#unwatch(message.token, marker);
        let set = this.#watchers.get(message.token);
        if (!set) {
          this.#watchers.set(message.token, (set = new Set()));
          this.#options.onWatch(message.token, true);
        }
        set.add(marker);
        return;
      }
      case 'find': {
        const others = [...this.#threads.keys()].filter((m) => m !== marker);
        if (others.length === 0) return this.#send(marker, { type: 'found', ask: message.ask });
        const pending = this.#pendingFinds;
        pending.set(`${marker}:${message.ask}`, others.length);
        if (pending.size > MAX_PENDING_FINDS) pending.delete(pending.keys().next().value!);
        for (const m of others)
          this.#send(m, { type: 'find', id: message.id, ask: message.ask, from: marker });
        return;
      }
      case 'found': {
        const key = `${message.from}:${message.ask}`;
        const waiting = this.#pendingFinds.get(key);
        if (waiting === undefined) return;
        if (message.json || waiting === 1) {
          this.#pendingFinds.delete(key);
          this.#send(message.from, {
            type: 'found',
            ask: message.ask,
            ...(message.json ? { json: message.json } : {}),
          });
        } else this.#pendingFinds.set(key, waiting - 1);
        return;
      }
    }
  }
}

/** Listens on the port for a moment, alone: the port it got, or the listen error. */
function claimPort(host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen({ host, port, exclusive: true }, () => {
      const chosen = (probe.address() as AddressInfo).port;
      probe.close(() => resolve(chosen));
    });
  });
}

/**
 * The mock server's side of the bridge: its traces, the end of each relay connection and the
 * live exchanges go to the playground's threads (once they run); `watched` is the mirror of the
 * tokens their live views watch (kept up to date by `onWatch`).
 */
export function mockBridge(
  relayPorts: Uint8Array,
  pool: () => Pick<PlaygroundPool, 'sendTrace' | 'publish'> | undefined,
  watched: Set<string>,
): Pick<MockServerOptions, 'traces' | 'onExternal' | 'isWatched'> {
  return {
    traces: new RemoteTraceSink(relayPorts, (message, marker) => pool()?.sendTrace(message, marker)),
    onExternal: (exchange, token) => pool()?.publish(token, JSON.stringify(exchange)),
    isWatched: (token) => watched.has(token),
  };
}
