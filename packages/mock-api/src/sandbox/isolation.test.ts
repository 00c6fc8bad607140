import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api.ts';
import { bearer, newToken } from '../testing/send-raw.ts';

describe('two learners, two sandboxes', () => {
  it('neither ever sees the other one’s changes, and the shared sample stays as it was', async () => {
    const app = createMockApi();
    const a = await newToken(app);
    const b = await newToken(app);
    const json = 'application/json';

    const created = await app.request('/users', {
      method: 'POST',
      headers: bearer(a, json),
      body: '{"name":"A의 사용자","email":"only-a@example.com"}',
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location') ?? '';
    expect(location).toBe('/users/13');
    await app.request('/users/1', {
      method: 'PATCH',
      headers: bearer(a, 'application/merge-patch+json'),
      body: '{"name":"바뀐 이름"}',
    });
    expect((await app.request('/users/2', { method: 'DELETE', headers: bearer(a) })).status).toBe(204);

    // B: none of A's changes.
    expect((await app.request(location, { headers: bearer(b) })).status).toBe(404);
    expect(
      ((await (await app.request('/users/1', { headers: bearer(b) })).json()) as { name: string }).name,
    ).toBe('김민준');
    expect((await app.request('/users/2', { headers: bearer(b) })).status).toBe(200);
    const listB = (await (await app.request('/users?limit=50', { headers: bearer(b) })).json()) as {
      total: number;
    };
    expect(listB.total).toBe(12);

    // B makes its own user 13; A's user 13 is untouched.
    await app.request('/users', {
      method: 'POST',
      headers: bearer(b, json),
      body: '{"name":"B의 사용자","email":"only-b@example.com"}',
    });
    const a13 = (await (await app.request('/users/13', { headers: bearer(a) })).json()) as { email: string };
    const b13 = (await (await app.request('/users/13', { headers: bearer(b) })).json()) as { email: string };
    expect(a13.email).toBe('only-a@example.com');
    expect(b13.email).toBe('only-b@example.com');

    // B cannot change A's data: B's DELETE acts on B's sandbox only.
    expect((await app.request('/users/13', { method: 'DELETE', headers: bearer(b) })).status).toBe(204);
    expect((await app.request('/users/13', { headers: bearer(a) })).status).toBe(200);

    // Without a token: the shared sample, untouched by either.
    expect((await app.request('/users/13')).status).toBe(404);
    expect((await app.request('/users/2')).status).toBe(200);
    expect(((await (await app.request('/users/1')).json()) as { name: string }).name).toBe('김민준');
  });

  it("a token cannot see another sandbox's token resource", async () => {
    const app = createMockApi();
    const a = await newToken(app);
    const b = await newToken(app);
    const mine = await app.request('/tokens', {
      method: 'POST',
      headers: bearer(a, 'application/json'),
      body: '{"role":"viewer"}',
    });
    const viewerId = ((await mine.json()) as { id: string }).id;
    expect((await app.request(`/tokens/${viewerId}`, { headers: bearer(a) })).status).toBe(200);
    expect((await app.request(`/tokens/${viewerId}`, { headers: bearer(b) })).status).toBe(404);
    expect((await app.request(`/tokens/${viewerId}`, { method: 'DELETE', headers: bearer(b) })).status).toBe(
      404,
    );
  });
});
