import { describe, expect, it } from 'vitest';
import { createMockApi } from '../../create-mock-api.ts';
import { bearer, newToken } from '../../testing/send-raw.ts';

const SCHEDULED = '/games/3fd65a60-cb8b-11e0-9572-0800200c9a66';
const FINISHED = '/games/7d1f9e52-4a3b-4c8e-9f2d-6b5a0c1e8d34';

describe('games and their controllers', () => {
  it('creates a game with a UUID id', async () => {
    const app = createMockApi();
    const token = await newToken(app);
    const res = await app.request('/games', {
      method: 'POST',
      headers: bearer(token, 'application/json'),
      body: '{"league":"seattle","home":"catapult","away":"trebuchet","kickoff":"2026-12-13T15:00:00Z"}',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toMatch(
      /^\/games\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(((await res.json()) as { state: string }).state).toBe('scheduled');
  });

  it('refuses a team that is not in the league, or a team playing itself (422)', async () => {
    const app = createMockApi();
    const token = await newToken(app);
    const res = await app.request('/games', {
      method: 'POST',
      headers: bearer(token, 'application/json'),
      body: '{"league":"seattle","home":"seagulls","away":"seagulls","kickoff":"2026-12-13T15:00:00Z"}',
    });
    expect(res.status).toBe(422);
    const { errors } = (await res.json()) as { errors: { pointer: string }[] };
    expect(errors.map((e) => e.pointer)).toEqual(['#/home', '#/away', '#/away']);
  });

  it('start and finish move the game on; any other move is 409', async () => {
    const app = createMockApi();
    const token = await newToken(app);
    const post = (path: string) => app.request(path, { method: 'POST', headers: bearer(token) });
    expect((await post(`${SCHEDULED}/finish`)).status).toBe(409);
    const started = await post(`${SCHEDULED}/start`);
    expect(started.status).toBe(200);
    expect(((await started.json()) as { state: string }).state).toBe('live');
    expect((await post(`${SCHEDULED}/start`)).status).toBe(409);
    expect((await post(`${SCHEDULED}/finish`)).status).toBe(200);
    const conflict = await post(`${FINISHED}/start`);
    expect(conflict.status).toBe(409);
    expect((await conflict.json()) as object).toMatchObject({ state: 'finished', action: 'start' });
  });

  it('controllers take POST only (GET is 405)', async () => {
    const app = createMockApi();
    const res = await app.request(`${SCHEDULED}/start`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('game ids are lowercase UUIDs: uppercase breaks the URI rule, anything else names no game', async () => {
    const app = createMockApi();
    expect(
      (
        (await (await app.request(SCHEDULED.toUpperCase().replace('/GAMES', '/games'))).json()) as {
          rule: string;
        }
      ).rule,
    ).toBe('lowercase');
    expect((await app.request('/games/42')).status).toBe(404);
  });
});
