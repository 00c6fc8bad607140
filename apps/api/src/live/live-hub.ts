/**
 * Live traffic: exchanges from outside the playground, fanned out to the learners whose
 * token they carried. Bounded: a few recent exchanges per token, a cap on listeners.
 */
export interface LiveListener {
  send: (event: string, data: string) => void;
  /** Ends the stream (the server is stopping); the browser's EventSource reconnects later. */
  close?: () => void;
}

const RECENT_PER_TOKEN = 20;
const MAX_LISTENERS = 1000;
const MAX_TOKENS = 2000;

export class LiveHub {
  readonly #listeners = new Map<string, Set<LiveListener>>();
  readonly #recent = new Map<string, string[]>();
  #count = 0;

  /** `onWatchChange` hears when a token gains its first watcher or loses its last one. */
  constructor(private readonly onWatchChange?: (token: string, watched: boolean) => void) {}

  get listenerCount(): number {
    return this.#count;
  }

  /** True when someone is watching this token's traffic (capturing it is worth the cost). */
  isWatched(token: string): boolean {
    return this.#listeners.has(token);
  }

  /** Returns an unsubscribe function, or null when the hub is full. */
  subscribe(token: string, listener: LiveListener): (() => void) | null {
    if (this.#count >= MAX_LISTENERS) return null;
    let set = this.#listeners.get(token);
    if (!set) {
      this.#listeners.set(token, (set = new Set()));
      this.onWatchChange?.(token, true);
    }
    set.add(listener);
    this.#count += 1;
    for (const data of this.#recent.get(token) ?? []) listener.send('exchange', data);
    return () => {
      if (set.delete(listener)) this.#count -= 1;
      if (set.size === 0 && this.#listeners.get(token) === set) {
        this.#listeners.delete(token);
        this.onWatchChange?.(token, false);
      }
    };
  }

  /** Ends every stream, so that a stopping server is not held open by watchers. */
  closeAll(): void {
    for (const set of this.#listeners.values()) for (const l of [...set]) l.close?.();
  }

  publish(token: string, data: string): void {
    let recent = this.#recent.get(token);
    if (!recent) {
      if (this.#recent.size >= MAX_TOKENS) {
        const oldest = this.#recent.keys().next();
        if (!oldest.done) this.#recent.delete(oldest.value);
      }
      this.#recent.set(token, (recent = []));
    }
    recent.push(data);
    if (recent.length > RECENT_PER_TOKEN) recent.shift();
    for (const l of this.#listeners.get(token) ?? []) l.send('exchange', data);
  }
}
