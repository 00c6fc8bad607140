import { describe, expect, it } from 'vitest';
import { createMockApi } from '../../create-mock-api.ts';
import { bearer, newToken } from '../../testing/send-raw.ts';

describe('async work: generate-report, jobs, reports', () => {
  it('202 with Location to a job; 200 pending with Retry-After; then 303 to the report', async () => {
    let now = Date.parse('2026-11-21T12:00:00Z');
    const app = createMockApi({ now: () => now, jobDurationMs: 3_000 });
    const token = await newToken(app);
    const accepted = await app.request('/leagues/seattle/generate-report', {
      method: 'POST',
      headers: bearer(token),
    });
    expect(accepted.status).toBe(202);
    const job = accepted.headers.get('location') ?? '';
    expect(job).toBe('/jobs/2');

    const pending = await app.request(job, { headers: bearer(token) });
    expect(pending.status).toBe(200);
    expect(pending.headers.get('retry-after')).toBe('3');
    expect(pending.headers.get('cache-control')).toBe('no-store');
    expect(((await pending.json()) as { state: string }).state).toBe('pending');
    expect((await app.request('/reports/2', { headers: bearer(token) })).status).toBe(404);

    now += 3_000;
    const done = await app.request(job, { headers: bearer(token) });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/reports/2');
    const report = await app.request('/reports/2', { headers: { ...bearer(token), Accept: 'text/csv' } });
    expect(report.status).toBe(200);
    expect(await report.text()).toBe(
      'team,played,won,drawn,lost,points\r\ncatapult,1,1,0,0,3\r\ntrebuchet,1,0,0,1,0\r\n',
    );
  });

  it('the report counts the games finished in this sandbox', async () => {
    let now = 0;
    const app = createMockApi({ now: () => now, jobDurationMs: 1 });
    const token = await newToken(app);
    const game = '/games/3fd65a60-cb8b-11e0-9572-0800200c9a66';
    await app.request(`${game}/start`, { method: 'POST', headers: bearer(token) });
    await app.request(`${game}/finish`, { method: 'POST', headers: bearer(token) });
    await app.request('/leagues/seattle/generate-report', { method: 'POST', headers: bearer(token) });
    now += 1;
    const report = (await (await app.request('/reports/2', { headers: bearer(token) })).json()) as {
      standings: { team: string; points: number }[];
    };
    expect(report.standings).toEqual([
      expect.objectContaining({ team: 'catapult', points: 4 }),
      expect.objectContaining({ team: 'trebuchet', points: 1 }),
    ]);
  });

  it('job 1 finished long ago: 303 without a token', async () => {
    const app = createMockApi();
    const res = await app.request('/jobs/1');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/reports/1');
  });
});
