/**
 * Hands the mock API's decision trace to the relay that sent the request. The relay
 * registers its socket's local port before writing; the mock server files the trace
 * under the remote port it saw. Entries are bounded and expire.
 */
import type { Trace } from '@teapot/mock-api';

interface Pending {
  traces: Trace[];
  at: number;
}

export class TraceStore {
  readonly #pending = new Map<number, Pending>();
  constructor(private readonly maxEntries = 4096) {}

  /** The relay calls this before writing, so the mock server knows the port is ours. */
  expect(port: number): void {
    if (this.#pending.size >= this.maxEntries) {
      const oldest = this.#pending.keys().next();
      if (!oldest.done) this.#pending.delete(oldest.value);
    }
    this.#pending.set(port, { traces: [], at: Date.now() });
  }

  /** True when the port belongs to a relay socket (not an external client). */
  isRelay(port: number | undefined): boolean {
    return port !== undefined && this.#pending.has(port);
  }

  record(port: number, trace: Trace): void {
    this.#pending.get(port)?.traces.push(trace);
  }

  /** Removes and returns what was recorded for this port. */
  take(port: number | undefined): Trace[] {
    if (port === undefined) return [];
    const entry = this.#pending.get(port);
    this.#pending.delete(port);
    return entry?.traces ?? [];
  }
}
