import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
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
    const two = new RateLimiter(options, one.sharedMemory, 2);
    const apart = new RateLimiter(options);
    expect([one.take('learner', 0), two.take('learner', 0)]).toEqual([0, 0]);
    expect(one.take('learner', 0)).toBe(1);
    expect(two.take('learner', 0)).toBe(1);
    expect(apart.take('learner', 0)).toBe(0);
  });

  it('stays bounded: with its slots full, it forgets the least recently seen learner', () => {
    // maxKeys 4 makes 16 slots, all of them one neighbourhood, so every key competes for them.
    const limiter = new RateLimiter({ rate: 1, burst: 1, maxKeys: 4 });
    const keys = Array.from({ length: 16 }, (_, i) => `learner-${i}`);
    keys.forEach((key, i) => expect(limiter.take(key, i)).toBe(0));
    // One more learner takes the slot of the one seen longest ago (learner-0)...
    expect(limiter.take('learner-16', 16)).toBe(0);
    // ...so learner-0 starts again with a full bucket, while learner-15 is still remembered.
    expect(limiter.take('learner-0', 17)).toBe(0);
    expect(limiter.take('learner-15', 17)).toBe(1);
    expect(limiter.sharedMemory.byteLength).toBeLessThan(1024);
  });

  it('remembers as many learners as it is sized for, in memory of fixed size', () => {
    const options = { rate: 1, burst: 1, maxKeys: 10_000 };
    // Whatever the seed, learners are spread well enough that none is forgotten.
    for (const seed of [0, 1, -1, 0x5eed, 123_456_789]) {
      const limiter = new RateLimiter(options, RateLimiter.memory(options, seed));
      const key = (i: number) => `10.0.${i % 40}.${i % 250}|learner-${i}`;
      for (let i = 0; i < 10_000; i++) limiter.take(key(i), 0);
      let forgotten = 0;
      for (let i = 0; i < 10_000; i++) if (limiter.take(key(i), 1) === 0) forgotten += 1;
      expect(forgotten).toBe(0);
    }
    expect(RateLimiter.memory(options).byteLength).toBeLessThan(2.1 * 1024 * 1024);
  });

  it('grants no more than the burst to threads taking tokens at once from one bucket', async () => {
    const bundle = await build({
      entryPoints: [path.join(import.meta.dirname, 'rate-limit.ts')],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      logLevel: 'error',
    });
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const module = { exports: {} };
      (function (module, exports) { ${bundle.outputFiles[0]!.text} })(module, module.exports);
      const limiter = new module.exports.RateLimiter(workerData.options, workerData.memory, workerData.owner);
      let granted = 0;
      for (let i = 0; i < workerData.takes; i++) if (limiter.take('one learner', 0) === 0) granted += 1;
      parentPort.postMessage(granted);
    `;
    // The clock stands still, so nothing refills: exactly the burst can be granted in all.
    const options = { rate: 1, burst: 20_000, maxKeys: 10 };
    const memory = RateLimiter.memory(options);
    const granted = await Promise.all(
      [1, 2, 3].map(
        (owner) =>
          new Promise<number>((resolve, reject) => {
            const worker = new Worker(source, {
              eval: true,
              workerData: { options, memory, owner, takes: 10_000 },
            });
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
    );
    expect(granted.reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(new RateLimiter(options, memory).take('one learner', 0)).toBeGreaterThan(0);
  });

  it('lets go of a lock whose owner died, and only then', () => {
    const options = { rate: 1, burst: 5, maxKeys: 10 };
    const memory = RateLimiter.memory(options);
    const lock = new Int32Array(memory, 0, 1);
    // Thread 2 died holding the lock: releasing for another owner changes nothing...
    Atomics.store(lock, 0, 2);
    RateLimiter.release(memory, 3);
    expect(Atomics.load(lock, 0)).toBe(2);
    // ...its own release frees it, and takes go on.
    RateLimiter.release(memory, 2);
    expect(new RateLimiter(options, memory).take('learner', 0)).toBe(0);
  });
});
