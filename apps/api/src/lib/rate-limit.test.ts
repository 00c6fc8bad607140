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

  it('says how many whole seconds to wait', () => {
    const limiter = new RateLimiter({ rate: 0.25, burst: 1, maxKeys: 10 });
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('a', 0)).toBe(4);
    expect(limiter.take('a', 2_000)).toBe(2);
    expect(limiter.take('a', 4_000)).toBe(0);
  });

  it('keeps one limit for limiters on the same memory (the playground threads)', () => {
    const options = { rate: 1, burst: 2, maxKeys: 100 };
    const one = new RateLimiter(options);
    const two = new RateLimiter(options, one.sharedMemory);
    const apart = new RateLimiter(options);
    expect([one.take('learner', 0), two.take('learner', 0)]).toEqual([0, 0]);
    expect(one.take('learner', 0)).toBe(1);
    expect(two.take('learner', 0)).toBe(1);
    expect(apart.take('learner', 0)).toBe(0);
  });

  it('stays bounded: with its slots full, it forgets the least recently seen learner', () => {
    // maxKeys 4 makes 8 slots, all of them one neighbourhood, so every key competes for them.
    const limiter = new RateLimiter({ rate: 1, burst: 1, maxKeys: 4 });
    const keys = Array.from({ length: 8 }, (_, i) => `learner-${i}`);
    keys.forEach((key, i) => expect(limiter.take(key, i)).toBe(0));
    // A ninth learner takes the slot of the one seen longest ago (learner-0)...
    expect(limiter.take('learner-8', 8)).toBe(0);
    // ...so learner-0 starts again with a full bucket, while learner-7 is still remembered.
    expect(limiter.take('learner-0', 9)).toBe(0);
    expect(limiter.take('learner-7', 9)).toBe(1);
    expect(limiter.sharedMemory.byteLength).toBeLessThan(1024);
  });

  it('holds many learners apart in a table of fixed size', () => {
    const limiter = new RateLimiter({ rate: 1, burst: 1, maxKeys: 10_000 });
    for (let i = 0; i < 10_000; i++) expect(limiter.take(`10.0.0.${i % 250}|learner-${i}`, 0)).toBe(0);
    let refused = 0;
    for (let i = 0; i < 10_000; i++) if (limiter.take(`10.0.0.${i % 250}|learner-${i}`, 1) > 0) refused += 1;
    // Each learner spent their one token; a learner forgotten would be let through again.
    expect(refused).toBeGreaterThan(9_990);
    expect(limiter.sharedMemory.byteLength).toBeLessThan(1.1 * 1024 * 1024);
  });
});
