/**
 * A per-learner token bucket. A learner is their browser's id (X-Teapot-Learner, made up
 * by the UI) on their address, so 300 learners behind one classroom NAT do not share a bucket.
 * Bounded: the least recently seen buckets are dropped.
 */
export interface RateLimitOptions {
  /** Sustained exchanges per second. */
  rate: number;
  /** Exchanges allowed at once after a quiet spell. */
  burst: number;
  maxKeys: number;
}

export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly options: RateLimitOptions) {}

  /** Takes one token; returns 0 when allowed, or the seconds to wait before retrying. */
  take(key: string, now = Date.now()): number {
    const { rate, burst, maxKeys } = this.options;
    let bucket = this.#buckets.get(key);
    if (bucket) this.#buckets.delete(key);
    else bucket = { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > maxKeys) {
      const oldest = this.#buckets.keys().next();
      if (!oldest.done) this.#buckets.delete(oldest.value);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / rate);
  }
}
