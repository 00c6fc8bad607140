/**
 * A per-learner token bucket. A learner is their browser's id (X-Teapot-Learner, made up
 * by the UI) on their address, so 300 learners behind one classroom NAT do not share a bucket.
 *
 * The buckets live in a SharedArrayBuffer, so the playground's threads (playground-thread.ts)
 * share one limit: a learner whose requests land on two threads still gets `rate`, not twice it.
 * The memory is a hash table of fixed size (room for 4 × `maxKeys` learners), so it is bounded
 * however many learners come: a learner's bucket sits in one of `PROBE` neighbouring slots, and
 * when all of them are taken by others, the least recently seen of those is forgotten (it starts
 * again with a full bucket). Keys are hashed with a seed drawn when the memory is made, so nobody
 * can aim a key at another learner's slots.
 *
 * A lock (an Atomics word holding its owner's number) guards each `take`. A waiter never takes
 * it from its owner: a thread that died while holding it is let go by `RateLimiter.release`,
 * which the thread's supervisor calls before starting it again.
 */
export interface RateLimitOptions {
  /** Sustained exchanges per second. */
  rate: number;
  /** Exchanges allowed at once after a quiet spell. */
  burst: number;
  /** Learners the table is sized for: it has 4 slots for each. */
  maxKeys: number;
}

/** Neighbouring slots a key may occupy. */
const PROBE = 16;
/** Int32 words before the slots: the lock and the hash seed. */
const HEADER = 2;
/** Per slot, Int32 words: in use, the key's hash (two words). Float64 words: tokens, last seen. */
const INTS = 3;
const FLOATS = 2;
/** Spins on a held lock before waiting on it (a `take` holds it for about a microsecond). */
const SPINS = 64;

function slotCount(maxKeys: number): number {
  let n = PROBE;
  while (n < maxKeys * 4) n *= 2;
  return n;
}

function floatsOffset(slots: number): number {
  return Math.ceil(((HEADER + slots * INTS) * 4) / 8) * 8;
}

/** MurmurHash3's finalizer: every input bit moves every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Two 32-bit hashes of the key's UTF-16 units (FNV-1a and a multiply-xor), seeded and mixed. */
function hash(key: string, seed: number): [number, number] {
  let a = 0x811c9dc5 ^ seed;
  let b = 0x01000193 ^ Math.imul(seed, 0x9e3779b1);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [mix(a), mix(b ^ key.length)];
}

export class RateLimiter {
  /**
   * Memory for the buckets, to hand to other threads' limiters with the same options. `seed`
   * fixes the hash (tests); by default it is random.
   */
  static memory(
    options: RateLimitOptions,
    seed = crypto.getRandomValues(new Int32Array(1))[0]!,
  ): SharedArrayBuffer {
    const slots = slotCount(options.maxKeys);
    const memory = new SharedArrayBuffer(floatsOffset(slots) + slots * FLOATS * 8);
    new Int32Array(memory)[1] = seed;
    return memory;
  }

  /** Lets go of the lock if `owner` holds it: a thread that died cannot. */
  static release(memory: SharedArrayBuffer, owner: number): void {
    const ints = new Int32Array(memory, 0, HEADER);
    if (Atomics.compareExchange(ints, 0, owner, 0) === owner) Atomics.notify(ints, 0);
  }

  readonly #ints: Int32Array;
  readonly #floats: Float64Array;
  readonly #slots: number;

  /** `owner` tells threads sharing the memory apart (a playground thread's marker; not 0). */
  constructor(
    private readonly options: RateLimitOptions,
    readonly sharedMemory: SharedArrayBuffer = RateLimiter.memory(options),
    private readonly owner = 1,
  ) {
    this.#slots = slotCount(options.maxKeys);
    this.#ints = new Int32Array(sharedMemory, 0, HEADER + this.#slots * INTS);
    this.#floats = new Float64Array(sharedMemory, floatsOffset(this.#slots), this.#slots * FLOATS);
  }

  /** Takes one token; returns 0 when allowed, or the seconds to wait before retrying. */
  take(key: string, now = Date.now()): number {
    const { rate, burst } = this.options;
    const ints = this.#ints;
    const floats = this.#floats;
    const [h1, h2] = hash(key, ints[1]!);
    this.#lock();
    try {
      let slot = -1;
      let found = false;
      let oldest = -1;
      for (let i = 0; i < PROBE; i++) {
        const s = (h1 + i) & (this.#slots - 1);
        const at = HEADER + s * INTS;
        if (ints[at] === 0) {
          // Slots are never emptied, so a key seen before sits before the first empty one.
          slot = s;
          break;
        }
        if (ints[at + 1] === h1 && ints[at + 2] === h2) {
          slot = s;
          found = true;
          break;
        }
        if (oldest === -1 || floats[s * FLOATS + 1]! < floats[oldest * FLOATS + 1]!) oldest = s;
      }
      if (!found) {
        // A learner not seen (or forgotten): a free slot, else the least recently seen nearby.
        if (slot === -1) slot = oldest;
        const at = HEADER + slot * INTS;
        ints[at] = 1;
        ints[at + 1] = h1;
        ints[at + 2] = h2;
        floats[slot * FLOATS] = burst;
        floats[slot * FLOATS + 1] = now;
      }
      const f = slot * FLOATS;
      const tokens = Math.min(burst, floats[f]! + (Math.max(0, now - floats[f + 1]!) / 1000) * rate);
      floats[f + 1] = Math.max(now, floats[f + 1]!);
      if (tokens >= 1) {
        floats[f] = tokens - 1;
        return 0;
      }
      floats[f] = tokens;
      return Math.ceil((1 - tokens) / rate);
    } finally {
      Atomics.store(ints, 0, 0);
      Atomics.notify(ints, 0, 1);
    }
  }

  #lock(): void {
    const ints = this.#ints;
    for (let spins = 0; ; spins++) {
      const holder = Atomics.compareExchange(ints, 0, 0, this.owner);
      if (holder === 0) return;
      // The holder may be off its core: wait to be told (or 1 ms) rather than burn this one.
      if (spins >= SPINS) Atomics.wait(ints, 0, holder, 1);
    }
  }
}
