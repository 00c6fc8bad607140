import { describe, expect, it } from 'vitest';
import { createMockApi } from '../../create-mock-api.ts';
import { bearer, newToken } from '../../testing/send-raw.ts';

const PLAYERS = '/leagues/seattle/teams/trebuchet/players';

describe('the soccer hierarchy', () => {
  it('walks /leagues/{league}/teams/{team}/players/{player}', async () => {
    const app = createMockApi();
    const player = (await (await app.request(`${PLAYERS}/21`)).json()) as {
      name: string;
      links: { team: string };
    };
    expect(player.name).toBe('Claudio Reyna');
    expect(player.links.team).toBe('/leagues/seattle/teams/trebuchet');
    expect((await app.request('/leagues/busan/teams/trebuchet')).status).toBe(404);
    expect((await app.request('/leagues/busan/teams/seagulls/players/21')).status).toBe(404);
    const teams = (await (await app.request('/leagues/busan/teams')).json()) as { items: { id: string }[] };
    expect(teams.items.map((t) => t.id)).toEqual(['seagulls', 'lighthouse']);
  });

  it('signs a player (201) and refuses a shirt number already worn in the team (409)', async () => {
    const app = createMockApi();
    const token = await newToken(app);
    const sign = (body: string) =>
      app.request(PLAYERS, { method: 'POST', headers: bearer(token, 'application/json'), body });
    const created = await sign('{"name":"이강민","number":17,"position":"MF"}');
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${PLAYERS}/53`);
    const clash = await sign('{"name":"Someone","number":10,"position":"FW"}');
    expect(clash.status).toBe(409);
    expect((await clash.json()) as object).toMatchObject({ field: 'number', conflictsWith: `${PLAYERS}/21` });
    const bad = await sign('{"name":"x","number":100,"position":"ST"}');
    expect(bad.status).toBe(422);
  });

  it('leagues and teams are read-only (405)', async () => {
    const app = createMockApi();
    const token = await newToken(app);
    const res = await app.request('/leagues/seattle/teams', {
      method: 'POST',
      headers: bearer(token, 'application/json'),
      body: '{}',
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});
