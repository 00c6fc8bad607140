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
import { InFlight } from './exchanges/in-flight.ts';
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
  shared: Omit<SharedExchangeState, 'findElsewhere' | 'thread'>;
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
  | { type: 'found'; ask: number; from: number; json?: Uint8Array<ArrayBuffer> };

/** Messages to a playground thread. */
export type ToPlayground =
  | TraceMessage
  | { type: 'live'; token: string; json: string }
  | { type: 'close' }
  /** Thread `from` looks for exchange `id`: answer with `found`. */
  | { type: 'find'; id: string; ask: number; from: number }
  /** The answer to this thread's own `find`. */
  | { type: 'found'; ask: number; json?: Uint8Array<ArrayBuffer> };

export interface PlaygroundThreadOptions extends PlaygroundWorkerData {
  /** The built worker module (dist/playground-worker.mjs). */
  workerUrl: URL;
  /** Told of the thread's other messages (watches and finds). */
  onMessage?: (message: FromPlayground) => void;
  /**
   * Given the new thread's inbox as soon as it exists, before it listens (and again on each
   * restart): messages for it can be sent from the first connection it takes.
   */
  onSpawn?: (send: (message: ToPlayground) => void) => void;
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
  const { workerUrl, onMessage, onSpawn, onRestart, ...data } = options;
  let worker: Worker;
  /** False between a thread's death and its restart. */
  let alive = false;
  let stopping = false;
  let closed: (() => void) | undefined;

  const spawn = (): Promise<void> =>
    new Promise((resolve, reject) => {
      worker = new Worker(workerUrl, { workerData: data satisfies PlaygroundWorkerData });
      alive = true;
      const inbox = worker;
      onSpawn?.((message) => inbox.postMessage(message));
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
        alive = false;
        if (stopping || !listening) {
          closed?.();
          return;
        }
        onRestart?.(`exit code ${code}`);
        // Its port is free again once the thread is gone; a short pause avoids a tight loop.
        setTimeout(() => {
          if (stopping) return;
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
        // Dead and not yet started again: nothing to close, and no restart to come.
        if (!alive) return resolve();
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

/** Finds a thread may have unanswered at once (the worker's own cap); the pool keeps that many per thread. */
export const MAX_FINDS_PER_THREAD = 1_000;

/** A find forwarded to the other threads: who asked, and who has yet to answer. */
interface PendingFind {
  asker: number;
  ask: number;
  owed: Set<number>;
}

/**
 * The playground's threads, as the main thread sees them. Made before they start, so that the
 * mock API can route traces to each thread from its first connection, while the next ones are
 * still starting.
 */
export class PlaygroundPool {
  readonly #options: PlaygroundPoolOptions;
  readonly #threads = new Map<number, PlaygroundThread>();
  /** Each thread's inbox, known from the moment it exists (see `onSpawn`). */
  readonly #inboxes = new Map<number, (message: ToPlayground) => void>();
  /** Which threads watch each token. */
  readonly #watchers = new Map<string, Set<number>>();
  /** Finds forwarded, by asker and ask. */
  readonly #pendingFinds = new Map<string, PendingFind>();
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
   * Starts the threads on one port. With more than one, they share it through SO_REUSEPORT;
   * the port is first taken for a moment without it, so that a port another program (or
   * another Teapot) holds is refused with EADDRINUSE rather than shared. One thread listens
   * as any server does. Rejects with the listen error; no thread is left running then.
   */
  async start(): Promise<void> {
    // Taken out of what the threads get: functions cannot cross to a thread (onWatch is told here).
    const { threads: count, onWatch: _onWatch, onRestart, ...common } = this.#options;
    const reusePort = count > 1;
    this.#port = reusePort ? await claimPort(common.host, common.port) : common.port;
    const shared = {
      ...(common.rateLimit ? { rateLimit: RateLimiter.memory(common.rateLimit) } : {}),
      inFlight: InFlight.memory(count),
    };
    try {
      for (let marker = 1; marker <= count; marker++) {
        const thread = await startPlaygroundThread({
          ...common,
          port: this.#port,
          marker,
          reusePort,
          threads: count,
          shared,
          onSpawn: (send) => this.#inboxes.set(marker, send),
          onMessage: (message) => this.#handle(marker, message),
          onRestart: (reason) => {
            this.#forgetThread(marker, shared);
            onRestart?.(reason, marker);
          },
        });
        this.#threads.set(marker, thread);
        // The first thread has the port the system chose for 0; the others share it.
        this.#port = thread.port;
      }
    } catch (err) {
      await this.close();
      throw err;
    }
  }

  /** A trace, or the word that a relay connection is over, to the thread that relays on that port. */
  sendTrace(message: TraceMessage, marker: number): void {
    this.#inboxes.get(marker)?.(message);
  }

  /**
   * An external client's annotated exchange, to every thread's live view: each keeps the last
   * few per token, so a learner who starts watching on any thread sees them.
   */
  publish(token: string, json: string): void {
    for (const send of this.#inboxes.values()) send({ type: 'live', token, json });
  }

  /** Stops every thread (see PlaygroundThread.close). */
  async close(): Promise<void> {
    await Promise.all([...this.#threads.values()].map((t) => t.close()));
  }

  /** What a dead thread held: its watches, its finds, its places in flight, its lock, its ports. */
  #forgetThread(marker: number, shared: { rateLimit?: SharedArrayBuffer; inFlight: Int32Array }): void {
    for (const token of [...this.#watchers.keys()]) this.#unwatch(token, marker);
    for (const [key, find] of this.#pendingFinds) {
      if (find.asker === marker) this.#pendingFinds.delete(key);
      else if (find.owed.delete(marker) && find.owed.size === 0) this.#answer(key, find);
    }
    InFlight.reset(shared.inFlight, marker - 1);
    if (shared.rateLimit) RateLimiter.release(shared.rateLimit, marker);
    const ports = this.#options.relayPorts;
    for (let p = 0; p < ports.length; p++)
      if (ports[p] === marker) Atomics.compareExchange(ports, p, marker, 0);
  }

  #unwatch(token: string, marker: number): void {
    const set = this.#watchers.get(token);
    if (!set?.delete(marker) || set.size > 0) return;
    this.#watchers.delete(token);
    this.#options.onWatch(token, false);
  }

  /** Tells the asker of a find what was found (nothing, without `json`), and forgets the find. */
  #answer(key: string, find: PendingFind, json?: Uint8Array<ArrayBuffer>): void {
    this.#pendingFinds.delete(key);
    this.#inboxes.get(find.asker)?.({ type: 'found', ask: find.ask, ...(json ? { json } : {}) });
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
        const key = `${marker}:${message.ask}`;
        const owed = new Set([...this.#threads.keys()].filter((m) => m !== marker));
        const find = { asker: marker, ask: message.ask, owed };
        if (owed.size === 0) return this.#answer(key, find);
        const pending = this.#pendingFinds;
        pending.set(key, find);
        // Each thread caps its own unanswered finds, so only a thread gone wrong reaches this.
        if (pending.size > this.threads * MAX_FINDS_PER_THREAD) pending.delete(pending.keys().next().value!);
        for (const m of owed)
          this.#inboxes.get(m)?.({ type: 'find', id: message.id, ask: message.ask, from: marker });
        return;
      }
      case 'found': {
        const key = `${message.from}:${message.ask}`;
        const find = this.#pendingFinds.get(key);
        if (!find?.owed.delete(marker)) return;
        if (message.json) this.#answer(key, find, message.json);
        else if (find.owed.size === 0) this.#answer(key, find);
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
    probe.listen({ host, port }, () => {
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
