import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api.ts';
import { delayOf, MAX_DELAY_SECONDS } from './delays.ts';

const app = createMockApi();

describe('/delays/{seconds}', () => {
  it.each([
    ['0', 0],
    ['2', 2000],
    ['0.5', 500],
    ['10', 10_000],
    ['9.999', 9999],
  ])('%s seconds is a wait of %i ms', (value, ms) => {
    expect(delayOf(value)).toBe(ms);
  });

  it.each(['11', '10.001', '99', '-1', '1e1', 'abc', '', '0.0001', '1.'])(
    '"%s" names no delay: nothing waits past 10 s',
    (value) => {
      expect(delayOf(value)).toBeUndefined();
    },
  );

  it('answers 200 with the wait it made, never stored by caches', async () => {
    const res = await app.request('/delays/0.05');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { seconds: number; waitedMs: number };
    expect(body.seconds).toBe(0.05);
  });

  it('answers 404 for a delay past the cap, saying what the range is', async () => {
    const res = await app.request(`/delays/${MAX_DELAY_SECONDS + 1}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await res.json()) as { detail: string };
    expect(problem.detail).toContain(`0 to ${MAX_DELAY_SECONDS} seconds`);
  });
});
