import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api.ts';
import { bearer, newToken } from '../testing/send-raw.ts';

async function setup() {
  const app = createMockApi({ limits: { maxBodyBytes: 200 } });
  return { app, token: await newToken(app) };
}

describe('content negotiation', () => {
  it('offers users as JSON or CSV, chosen by Accept, with Vary: Accept', async () => {
    const { app } = await setup();
    const csv = await app.request('/users/1', { headers: { Accept: 'text/csv' } });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toBe(
      'id,name,email,createdAt,updatedAt\r\n1,김민준,minjun.kim@example.com,2024-03-01T09:00:00.000Z,2024-05-20T11:30:00.000Z\r\n',
    );
    expect(csv.headers.get('vary')).toBe('Accept, Authorization');
    const json = await app.request('/users/1', { headers: { Accept: 'text/csv;q=0.5, application/json' } });
    expect(json.headers.get('content-type')).toBe('application/json');
    const wildcard = await app.request('/users', { headers: { Accept: 'text/*' } });
    expect(wildcard.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('answers 406 with what is available when Accept allows none of it', async () => {
    const { app } = await setup();
    const res = await app.request('/users/1', { headers: { Accept: 'application/xml, text/html;q=0.9' } });
    expect(res.status).toBe(406);
    expect(res.headers.get('vary')).toBe('Accept');
    expect(((await res.json()) as { available: string[] }).available).toEqual([
      'application/json',
      'text/csv',
    ]);
    expect((await app.request('/users/1', { headers: { Accept: 'application/json;q=0' } })).status).toBe(406);
  });

  it('a single-representation resource still refuses an Accept it cannot meet', async () => {
    const { app } = await setup();
    expect((await app.request('/leagues', { headers: { Accept: 'text/csv' } })).status).toBe(406);
  });
});

describe('request content', () => {
  it('415 for a media type the operation does not take, with Accept-Post or Accept-Patch', async () => {
    const { app, token } = await setup();
    const post = await app.request('/users', {
      method: 'POST',
      headers: bearer(token, 'text/plain'),
      body: 'name=x',
    });
    expect(post.status).toBe(415);
    expect(post.headers.get('accept-post')).toBe('application/json');
    const patch = await app.request('/users/1', {
      method: 'PATCH',
      headers: bearer(token, 'application/xml'),
      body: '<x/>',
    });
    expect(patch.status).toBe(415);
    expect(patch.headers.get('accept-patch')).toBe('application/merge-patch+json, application/json');
    const put = await app.request('/users/1', {
      method: 'PUT',
      headers: bearer(token, 'application/merge-patch+json'),
      body: '{}',
    });
    expect(put.status).toBe(415);
    expect(((await put.json()) as { accepted: string[] }).accepted).toEqual(['application/json']);
  });

  it('415 for content without a Content-Type, and for a charset other than UTF-8', async () => {
    const { app, token } = await setup();
    const noType = await app.request('/users', {
      method: 'POST',
      headers: bearer(token),
      body: new TextEncoder().encode('{}'),
    });
    expect(noType.status).toBe(415);
    const latin = await app.request('/users', {
      method: 'POST',
      headers: bearer(token, 'application/json; charset=iso-8859-1'),
      body: '{}',
    });
    expect(latin.status).toBe(415);
    const utf8 = await app.request('/users', {
      method: 'POST',
      headers: bearer(token, 'application/json; charset=UTF-8'),
      body: '{"name":"a","email":"a@example.com"}',
    });
    expect(utf8.status).toBe(201);
  });

  it('400 for malformed JSON or no content at all', async () => {
    const { app, token } = await setup();
    const broken = await app.request('/users', {
      method: 'POST',
      headers: bearer(token, 'application/json'),
      body: "{'name': 'x'}",
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { type: string }).type).toMatch(/malformed-json$/);
    const empty = await app.request('/users', { method: 'POST', headers: bearer(token, 'application/json') });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { type: string }).type).toMatch(/missing-content$/);
  });

  it('422 lists each field error as a JSON Pointer', async () => {
    const { app, token } = await setup();
    const res = await app.request('/users', {
      method: 'POST',
      headers: bearer(token, 'application/json'),
      body: '{"name":"","email":"x","nickname":"k"}',
    });
    expect(res.status).toBe(422);
    const { errors } = (await res.json()) as { errors: { pointer: string; detail: string }[] };
    expect(errors.map((e) => e.pointer).sort()).toEqual(['#/email', '#/name', '#/nickname']);
    expect(errors.find((e) => e.pointer === '#/email')?.detail).toBe('email must be an email address');
  });

  it('413 for content over the limit', async () => {
    const { app, token } = await setup();
    const res = await app.request('/users', {
      method: 'POST',
      headers: bearer(token, 'application/json'),
      body: JSON.stringify({ name: 'x'.repeat(300), email: 'a@example.com' }),
    });
    expect(res.status).toBe(413);
  });

  it('a PATCH is a JSON Merge Patch: members replace, null removes (and a required member cannot go)', async () => {
    const { app, token } = await setup();
    const merge = bearer(token, 'application/merge-patch+json');
    const ok = await app.request('/leagues/seattle/teams/trebuchet/players/21', {
      method: 'PATCH',
      headers: merge,
      body: '{"number":8}',
    });
    expect(ok.status).toBe(200);
    expect((await ok.json()) as object).toMatchObject({ name: 'Claudio Reyna', number: 8, position: 'MF' });
    const removed = await app.request('/users/1', {
      method: 'PATCH',
      headers: merge,
      body: '{"email":null}',
    });
    expect(removed.status).toBe(422);
    const readOnly = await app.request('/users/1', { method: 'PATCH', headers: merge, body: '{"id":5}' });
    expect(readOnly.status).toBe(422);
  });

  it('PUT replaces the whole user, ignores read-only members, and refuses an id that contradicts the URI', async () => {
    const { app, token } = await setup();
    const json = bearer(token, 'application/json');
    const user = (await (await app.request('/users/4', { headers: bearer(token) })).json()) as Record<
      string,
      unknown
    >;
    const res = await app.request('/users/4', {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ ...user, name: '최하은2' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-location')).toBe('/users/4');
    expect((await res.json()) as object).toMatchObject({
      id: 4,
      name: '최하은2',
      email: 'haeun.choi@example.com',
    });
    const partial = await app.request('/users/4', { method: 'PUT', headers: json, body: '{"name":"only"}' });
    expect(partial.status).toBe(422);
    const wrongId = await app.request('/users/4', {
      method: 'PUT',
      headers: json,
      body: '{"id":5,"name":"x","email":"x@example.com"}',
    });
    expect(wrongId.status).toBe(422);
  });
});
