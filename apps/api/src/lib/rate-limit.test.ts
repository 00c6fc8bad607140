import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.ts';

describe('RateLimiter', () => {
  it('allows a burst, then asks to wait, then refills at the rate', () => {
    const limiter = new RateLimiter({ rate: 2, burst: 3, maxKeys: 10 });
    const t = 1_000_000;
    expect([limiter.take('a', t), limiter.take('a', t), limiter.take('a', t)]).toEqual([0, 0, 0]);
    expect(limiter.take('a', t)).toBe(1);
    expect(limiter.take('a', t + 500)).toBe(0);
    expect(limiter.take('b', t)).toBe(0);
  });

  it('forgets the least recently seen learners beyond its bound', () => {
    const limiter = new RateLimiter({ rate: 1, burst: 1, maxKeys: 2 });
    limiter.take('a', 0);
    limiter.take('b', 0);
    limiter.take('c', 0);
    // 'a' was dropped, so it starts again with a full bucket.
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('c', 0)).toBe(1);
  });
});
