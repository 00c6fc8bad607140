/**
 * Hands the mock API's decision trace to the relay that sent the request. The relay
 * registers its socket's local port before writing; the mock server files the trace
 * under the remote port it saw, and says when that connection has closed. Entries are bounded.
 *
 * `take` waits for the trace, or for the word that the connection is over (a response Node's
 * parser made has no trace), whichever comes first. In one thread the trace is filed before the
 * response is written, so it is there at once. The relay and the mock API may also run on
 * different threads (see playground-thread.ts): then the relay's ports are marked in memory both
 * threads share, so the mock API can tell a relay from an external client without asking, and
 * the trace and the word come as messages, perhaps a moment after the response bytes.
 */
import type { Trace } from '@teapot/mock-api';

/** The mock server's side: which ports are relays, where their traces go, when they are over. */
export interface TraceSink {
  isRelay(port: number | undefined): boolean;
  record(port: number, trace: Trace): void;
  /**
   * The mock server has closed the connection from this port: nothing more will be recorded.
   * Told for every connection; a port that is not a relay's is ignored.
   */
  over(port: number): void;
}

/**
 * What a TraceSink on another thread sends on. The trace goes as JSON text: a string crosses
 * threads as a copy of its bytes, where an object graph is cloned piece by piece (about twice
 * the cost on both sides, measured for a typical trace).
 */
export type TraceMessage = { type: 'trace'; port: number; json: string } | { type: 'over'; port: number };

interface Pending {
  traces: Trace[];
  /** The mock side has closed this connection: no more traces will come. */
  over: boolean;
  wake?: () => void;
}

export interface TraceStoreOptions {
  maxEntries?: number;
  /**
   * One byte per TCP port, shared with the mock API's thread: the relaying thread's marker
   * while a relay socket owns the port, else 0. Given when the mock API runs on another
   * thread; its traces then come by message.
   */
  relayPorts?: Uint8Array;
  /** How long `take` waits for a trace, or for the word that none is coming, before giving up. */
  waitMs?: number;
  /**
   * What this store writes into `relayPorts` for its ports (1 to 255, default 1): with several
   * playground threads, each has its own, so the mock API knows which thread a trace goes to.
   */
  marker?: number;
}

/** Shared memory for `relayPorts`: a byte for each of the 65,536 TCP ports. */
export function sharedRelayPorts(): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(65_536));
}

export class TraceStore implements TraceSink {
  readonly #pending = new Map<number, Pending>();
  readonly #maxEntries: number;
  readonly #relayPorts: Uint8Array | undefined;
  readonly #waitMs: number;
  readonly #marker: number;

  constructor(options: TraceStoreOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 4096;
    this.#relayPorts = options.relayPorts;
    this.#waitMs = options.waitMs ?? 1_000;
    this.#marker = options.marker ?? 1;
  }

  /** The relay calls this before writing, so the mock server knows the port is ours. */
  expect(port: number): void {
    if (this.#pending.size >= this.#maxEntries) {
      const oldest = this.#pending.keys().next();
      if (!oldest.done) this.#forget(oldest.value);
    }
    this.#pending.set(port, { traces: [], over: false });
    if (this.#relayPorts) Atomics.store(this.#relayPorts, port, this.#marker);
  }

  /** True when the port belongs to a relay socket (not an external client). */
  isRelay(port: number | undefined): boolean {
    return port !== undefined && this.#pending.has(port);
  }

  record(port: number, trace: Trace): void {
    const entry = this.#pending.get(port);
    if (!entry) return;
    entry.traces.push(trace);
    entry.wake?.();
  }

  over(port: number): void {
    const entry = this.#pending.get(port);
    if (!entry) return;
    entry.over = true;
    entry.wake?.();
  }

  /** Removes and returns what was recorded for this port, once the trace or the word has come. */
  async take(port: number | undefined): Promise<Trace[]> {
    if (port === undefined) return [];
    const entry = this.#pending.get(port);
    if (!entry) return [];
    if (entry.traces.length === 0 && !entry.over) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.#waitMs);
        entry.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    this.#forget(port);
    return entry.traces;
  }

  #forget(port: number): void {
    this.#pending.delete(port);
    // Only its own mark: another playground thread's relay may already have the port again.
    if (this.#relayPorts) Atomics.compareExchange(this.#relayPorts, port, this.#marker, 0);
  }
}

/**
 * The mock API's side of TraceStores on other threads: reads the shared ports, and sends the
 * rest on to the thread whose marker the port carries.
 */
export class RemoteTraceSink implements TraceSink {
  /** Ports whose connection has had its trace sent (a relay sends one request, so one trace). */
  readonly #traced = new Uint8Array(65_536);
  /** The JSON of traces handed out again (the read memo's, which are frozen). */
  readonly #json = new WeakMap<Trace, string>();

  constructor(
    private readonly relayPorts: Uint8Array,
    private readonly send: (message: TraceMessage, marker: number) => void,
  ) {}

  isRelay(port: number | undefined): boolean {
    return port !== undefined && Atomics.load(this.relayPorts, port) !== 0;
  }

  record(port: number, trace: Trace): void {
    const marker = Atomics.load(this.relayPorts, port);
    if (marker === 0) return;
    this.#traced[port] = 1;
    this.send({ type: 'trace', port, json: this.#serialize(trace) }, marker);
  }

  over(port: number): void {
    // The relay took its trace and waits for nothing more; the word only matters without one.
    if (this.#traced[port] === 1) {
      this.#traced[port] = 0;
      return;
    }
    const marker = Atomics.load(this.relayPorts, port);
    if (marker !== 0) this.send({ type: 'over', port }, marker);
  }

  #serialize(trace: Trace): string {
    if (!Object.isFrozen(trace)) return JSON.stringify(trace);
    let json = this.#json.get(trace);
    if (json === undefined) this.#json.set(trace, (json = JSON.stringify(trace)));
    return json;
  }
}
