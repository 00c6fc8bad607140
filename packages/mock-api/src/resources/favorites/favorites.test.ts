import { describe, expect, it } from 'vitest';
import { createMockApi } from '../../create-mock-api.ts';
import { bearer, newToken } from '../../testing/send-raw.ts';

const ALONSO = '{"player":"/leagues/seattle/teams/trebuchet/players/22","note":"왼발"}';

async function setup() {
  const app = createMockApi();
  const token = await newToken(app);
  const put = (path: string, body = ALONSO) =>
    app.request(path, { method: 'PUT', headers: bearer(token, 'application/json'), body });
  const del = (path: string) => app.request(path, { method: 'DELETE', headers: bearer(token) });
  return { app, token, put, del };
}

describe('the favorites store', () => {
  it('PUT inserts at the client-chosen URI (201), then replaces (204)', async () => {
    const { app, token, put } = await setup();
    const first = await put('/users/2/favorites/alonso');
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe('/users/2/favorites/alonso');
    const again = await put(
      '/users/2/favorites/alonso',
      '{"player":"/leagues/seattle/teams/trebuchet/players/22"}',
    );
    expect(again.status).toBe(204);
    expect(await again.text()).toBe('');
    const read = (await (
      await app.request('/users/2/favorites/alonso', { headers: bearer(token) })
    ).json()) as { note?: string };
    expect(read.note).toBeUndefined();
  });

  it('refuses a favorite of a player that does not exist (422)', async () => {
    const { put } = await setup();
    expect(
      (await put('/users/2/favorites/ghost', '{"player":"/leagues/seattle/teams/trebuchet/players/99"}'))
        .status,
    ).toBe(422);
  });

  it('deleting a non-empty store is 409; emptied, it deletes (204) and is gone (404)', async () => {
    const { app, token, del } = await setup();
    const full = await del('/users/1/favorites');
    expect(full.status).toBe(409);
    expect(((await full.json()) as { items: number }).items).toBe(2);
    expect((await del('/users/1/favorites/claudio')).status).toBe(204);
    expect((await del('/users/1/favorites/taeo')).status).toBe(204);
    expect((await del('/users/1/favorites')).status).toBe(204);
    expect((await app.request('/users/1/favorites', { headers: bearer(token) })).status).toBe(404);
    expect((await app.request('/users/1/favorites', { method: 'HEAD', headers: bearer(token) })).status).toBe(
      404,
    );
  });

  it('a PUT into a deleted store creates the store again', async () => {
    const { app, token, put, del } = await setup();
    expect((await del('/users/2/favorites')).status).toBe(204);
    expect((await put('/users/2/favorites/alonso')).status).toBe(201);
    const list = (await (await app.request('/users/2/favorites', { headers: bearer(token) })).json()) as {
      total: number;
    };
    expect(list.total).toBe(1);
  });

  it('store names are lowercase words joined by hyphens', async () => {
    const { put } = await setup();
    expect((await put('/users/2/favorites/a--b')).status).toBe(404);
    expect((await put('/users/2/favorites/my-pick')).status).toBe(201);
  });
});
