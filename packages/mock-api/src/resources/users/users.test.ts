import { describe, expect, it } from 'vitest';
import { createMockApi } from '../../create-mock-api.ts';
import { bearer, newToken } from '../../testing/send-raw.ts';

describe('/users', () => {
  it('a full create, read, update, delete flow', async () => {
    const app = createMockApi();
    const token = await newToken(app);
    const created = await app.request('/users', {
      method: 'POST',
      headers: bearer(token, 'application/json'),
      body: '{"name":"한지우","email":"jiwoo.han@example.com"}',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/users/13');
    expect((await created.json()) as object).toMatchObject({
      id: 13,
      name: '한지우',
      links: { self: '/users/13' },
    });

    const read = await app.request('/users/13', { headers: bearer(token) });
    expect(read.status).toBe(200);
    expect(read.headers.get('cache-control')).toBe('private, no-cache');

    const updated = await app.request('/users/13', {
      method: 'PATCH',
      headers: bearer(token, 'application/merge-patch+json'),
      body: '{"name":"한지우2"}',
    });
    expect(((await updated.json()) as { name: string }).name).toBe('한지우2');

    const deleted = await app.request('/users/13', { method: 'DELETE', headers: bearer(token) });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    expect((await app.request('/users/13', { headers: bearer(token) })).status).toBe(404);
    expect((await app.request('/users/13', { method: 'HEAD', headers: bearer(token) })).status).toBe(404);
    expect((await app.request('/users/13', { method: 'DELETE', headers: bearer(token) })).status).toBe(404);
  });

  it('pages with Link and a total count', async () => {
    const app = createMockApi();
    const res = await app.request('/users?page=2&limit=5');
    expect(res.headers.get('link')).toBe(
      '</users?page=1&limit=5>; rel="first", </users?page=1&limit=5>; rel="prev", </users?page=3&limit=5>; rel="next", </users?page=3&limit=5>; rel="last"',
    );
    expect(res.headers.get('x-total-count')).toBe('12');
    const body = (await res.json()) as {
      items: { id: number }[];
      total: number;
      page: number;
      limit: number;
    };
    expect(body.items.map((u) => u.id)).toEqual([6, 7, 8, 9, 10]);
    expect(body).toMatchObject({ total: 12, page: 2, limit: 5 });
    const first = await app.request('/users');
    expect(first.headers.get('link')).toBe(
      '</users?page=1&limit=10>; rel="first", </users?page=2&limit=10>; rel="next", </users?page=2&limit=10>; rel="last"',
    );
  });

  it('refuses a bad page or limit with 400 naming the parameter', async () => {
    const app = createMockApi();
    for (const query of ['page=0', 'limit=500', 'page=two', 'limit=-1']) {
      const res = await app.request(`/users?${query}`);
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { errors: { parameter: string }[] };
      expect(query.startsWith(problem.errors[0]?.parameter ?? '?')).toBe(true);
    }
  });

  it('a non-integer id names no user', async () => {
    const app = createMockApi();
    const res = await app.request('/users/abc');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toContain('positive integers');
  });

  it('PUT never creates a user: users are created with POST', async () => {
    const app = createMockApi();
    const token = await newToken(app);
    const res = await app.request('/users/77', {
      method: 'PUT',
      headers: bearer(token, 'application/json'),
      body: '{"name":"x","email":"x@example.com"}',
    });
    expect(res.status).toBe(404);
  });

  it('changing an email to one already taken is 409', async () => {
    const app = createMockApi();
    const token = await newToken(app);
    const res = await app.request('/users/3', {
      method: 'PATCH',
      headers: bearer(token, 'application/json'),
      body: '{"email":"SEOYEON.LEE@example.com"}',
    });
    expect(res.status).toBe(409);
    expect((await res.json()) as object).toMatchObject({ field: 'email', conflictsWith: '/users/2' });
  });

  it('/members moved permanently to /users (301, cacheable), keeping the query', async () => {
    const app = createMockApi();
    const one = await app.request('/members/1');
    expect(one.status).toBe(301);
    expect(one.headers.get('location')).toBe('/users/1');
    expect(one.headers.get('cache-control')).toBe('public, max-age=86400');
    expect((await app.request('/members?page=2')).headers.get('location')).toBe('/users?page=2');
  });
});
