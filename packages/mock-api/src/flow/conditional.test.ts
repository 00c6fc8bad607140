import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api.ts';
import { bearer, newToken } from '../testing/send-raw.ts';

const G = '/games/3fd65a60-cb8b-11e0-9572-0800200c9a66';

async function setup() {
  let now = Date.parse('2026-11-21T12:00:00Z');
  const app = createMockApi({ now: () => now });
  const token = await newToken(app);
  return { app, token, tick: (ms: number) => (now += ms) };
}

describe('conditional requests', () => {
  it('documents carry a strong ETag and Last-Modified', async () => {
    const { app } = await setup();
    const res = await app.request('/users/1');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-z]+"$/);
    expect(res.headers.get('last-modified')).toBe('Mon, 20 May 2024 11:30:00 GMT');
  });

  it('If-None-Match with the current ETag is 304, with no body and the same validators', async () => {
    const { app } = await setup();
    const etag = (await app.request('/users/1')).headers.get('etag') ?? '';
    const res = await app.request('/users/1', { headers: { 'If-None-Match': `W/"nope", ${etag}` } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
    expect(res.headers.get('etag')).toBe(etag);
    expect(res.headers.get('vary')).toBe('Accept, Authorization');
    expect(res.headers.get('content-type')).toBeNull();
  });

  it('the CSV representation has its own ETag', async () => {
    const { app } = await setup();
    const json = (await app.request('/users/1')).headers.get('etag');
    const csv = (await app.request('/users/1', { headers: { Accept: 'text/csv' } })).headers.get('etag');
    expect(csv).not.toBe(json);
    expect(
      (await app.request('/users/1', { headers: { Accept: 'text/csv', 'If-None-Match': json ?? '' } }))
        .status,
    ).toBe(200);
  });

  it('If-Modified-Since: 304 when not modified since, 200 when modified since, ignored when in the future', async () => {
    const { app } = await setup();
    expect(
      (await app.request('/users/1', { headers: { 'If-Modified-Since': 'Mon, 20 May 2024 11:30:00 GMT' } }))
        .status,
    ).toBe(304);
    expect(
      (await app.request('/users/1', { headers: { 'If-Modified-Since': 'Mon, 20 May 2024 11:29:59 GMT' } }))
        .status,
    ).toBe(200);
    expect(
      (await app.request('/users/1', { headers: { 'If-Modified-Since': 'Fri, 01 Jan 2100 00:00:00 GMT' } }))
        .status,
    ).toBe(200);
    expect((await app.request('/users/1', { headers: { 'If-Modified-Since': 'yesterday' } })).status).toBe(
      200,
    );
  });

  it('If-None-Match wins over If-Modified-Since', async () => {
    const { app } = await setup();
    const res = await app.request('/users/1', {
      headers: { 'If-None-Match': '"other"', 'If-Modified-Since': 'Wed, 01 Jan 2025 00:00:00 GMT' },
    });
    expect(res.status).toBe(200);
  });

  it('If-Match: a stale tag is 412 and changes nothing; the current tag lets the update through', async () => {
    const { app, token } = await setup();
    const etag = (await app.request('/users/1', { headers: bearer(token) })).headers.get('etag') ?? '';
    const patch = (ifMatch: string) =>
      app.request('/users/1', {
        method: 'PATCH',
        headers: { ...bearer(token, 'application/merge-patch+json'), 'If-Match': ifMatch },
        body: '{"name":"민준"}',
      });
    const stale = await patch('"v3"');
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toBe('application/problem+json');
    expect(
      ((await (await app.request('/users/1', { headers: bearer(token) })).json()) as { name: string }).name,
    ).toBe('김민준');
    const ok = await patch(etag);
    expect(ok.status).toBe(200);
    // The old tag is now stale.
    expect((await patch(etag)).status).toBe(412);
  });

  it('If-Match compares strongly: a weak tag never matches', async () => {
    const { app, token } = await setup();
    const etag = (await app.request('/users/1', { headers: bearer(token) })).headers.get('etag') ?? '';
    const res = await app.request('/users/1', {
      method: 'DELETE',
      headers: { ...bearer(token), 'If-Match': `W/${etag}` },
    });
    expect(res.status).toBe(412);
  });

  it('If-Unmodified-Since earlier than Last-Modified is 412', async () => {
    const { app, token } = await setup();
    const res = await app.request('/users/1', {
      method: 'DELETE',
      headers: { ...bearer(token), 'If-Unmodified-Since': 'Mon, 01 Jan 2024 00:00:00 GMT' },
    });
    expect(res.status).toBe(412);
    const ok = await app.request('/users/1', {
      method: 'DELETE',
      headers: { ...bearer(token), 'If-Unmodified-Since': 'Mon, 20 May 2024 11:30:00 GMT' },
    });
    expect(ok.status).toBe(204);
  });

  it('PATCH answers with the new ETag, the one a later GET shows; PUT sends no validators', async () => {
    const { app, token } = await setup();
    const patched = await app.request('/users/1', {
      method: 'PATCH',
      headers: bearer(token, 'application/merge-patch+json'),
      body: '{"name":"민준"}',
    });
    const got = await app.request('/users/1', { headers: bearer(token) });
    expect(patched.headers.get('etag')).toBe(got.headers.get('etag'));
    const put = await app.request('/users/1', {
      method: 'PUT',
      headers: bearer(token, 'application/json'),
      body: '{"name":"민준","email":"minjun.kim@example.com"}',
    });
    expect(put.status).toBe(200);
    expect(put.headers.get('etag')).toBeNull();
    expect(put.headers.get('last-modified')).toBeNull();
  });

  it('games need If-Match to change (428), and take the current one', async () => {
    const { app, token } = await setup();
    const body = '{"kickoff":"2026-12-13T15:00:00Z"}';
    const headers = bearer(token, 'application/merge-patch+json');
    const missing = await app.request(G, { method: 'PATCH', headers, body });
    expect(missing.status).toBe(428);
    const etag = (await app.request(G, { headers: bearer(token) })).headers.get('etag') ?? '';
    const ok = await app.request(G, { method: 'PATCH', headers: { ...headers, 'If-Match': etag }, body });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { kickoff: string }).kickoff).toBe('2026-12-13T15:00:00.000Z');
    expect((await app.request(G, { method: 'DELETE', headers: bearer(token) })).status).toBe(428);
  });

  it('a sandbox change moves Last-Modified to the clock', async () => {
    const { app, token, tick } = await setup();
    tick(5_000);
    await app.request('/users/3', {
      method: 'PATCH',
      headers: bearer(token, 'application/json'),
      body: '{"name":"지호"}',
    });
    expect((await app.request('/users/3', { headers: bearer(token) })).headers.get('last-modified')).toBe(
      'Sat, 21 Nov 2026 12:00:05 GMT',
    );
  });

  it('If-None-Match: * makes a store PUT create-only', async () => {
    const { app, token } = await setup();
    const put = (name: string) =>
      app.request(`/users/1/favorites/${name}`, {
        method: 'PUT',
        headers: { ...bearer(token, 'application/json'), 'If-None-Match': '*' },
        body: '{"player":"/leagues/seattle/teams/trebuchet/players/22"}',
      });
    expect((await put('alonso')).status).toBe(201);
    expect((await put('alonso')).status).toBe(412);
    expect((await put('claudio')).status).toBe(412);
  });

  it('If-Match on a favorite that does not exist yet is 412', async () => {
    const { app, token } = await setup();
    const res = await app.request('/users/1/favorites/newcomer', {
      method: 'PUT',
      headers: { ...bearer(token, 'application/json'), 'If-Match': '*' },
      body: '{"player":"/leagues/seattle/teams/trebuchet/players/22"}',
    });
    expect(res.status).toBe(412);
  });
});
