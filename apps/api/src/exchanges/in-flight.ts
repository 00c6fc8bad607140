/**
 * The exchanges in flight, counted across the playground's threads: one Int32 word per thread
 * in shared memory, each thread adding to its own word only. The cap applies to the sum. A
 * thread that dies leaves its word behind (its `finally` blocks never ran); its supervisor
 * zeroes that word with `InFlight.reset` before starting the thread again, so a crash does not
 * use up places for good.
 */
export class InFlight {
  /** Memory for `threads` counters, to share among them. */
  static memory(threads = 1): Int32Array {
    return new Int32Array(new SharedArrayBuffer(4 * Math.max(1, threads)));
  }

  /** Forgets what thread `index` (0-based) had in flight: it is gone. */
  static reset(words: Int32Array, index: number): void {
    Atomics.store(words, index, 0);
  }

  constructor(
    private readonly words: Int32Array = InFlight.memory(),
    private readonly index = 0,
  ) {}

  /**
   * Takes a place below `max`: returns -1 when taken, else how many were in flight (the caller
   * refuses then). Counted before it is checked, so two threads cannot both take the last place.
   */
  enter(max: number): number {
    Atomics.add(this.words, this.index, 1);
    let total = 0;
    for (let i = 0; i < this.words.length; i++) total += Atomics.load(this.words, i);
    if (total <= max) return -1;
    Atomics.sub(this.words, this.index, 1);
    return total - 1;
  }

  leave(): void {
    Atomics.sub(this.words, this.index, 1);
  }
}
