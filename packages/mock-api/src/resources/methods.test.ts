import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api.ts';
import { disallowedMethod, ROUTE_CASES } from '../testing/route-cases.ts';
import { RESOURCES } from './index.ts';

const app = createMockApi();

describe('methods on every route', () => {
  it('the case table covers every resource', () => {
    const routes = ROUTE_CASES.map((c) => c.route);
    for (const r of RESOURCES) expect(routes).toContain(r.path);
    expect(routes).toContain('/openapi.json');
    expect(routes).toContain('/docs');
  });

  it.each(ROUTE_CASES)('OPTIONS $path answers 204 with Allow: $allow', async ({ path, allow }) => {
    const res = await app.request(path, { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe(allow);
    expect(await res.text()).toBe('');
  });

  it.each(ROUTE_CASES)(
    'a method outside Allow on $path answers 405 with exactly Allow: $allow',
    async ({ path, allow }) => {
      const method = disallowedMethod(allow);
      const res = await app.request(path, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      const problem = (await res.json()) as { allow: string[]; status: number };
      expect(problem.status).toBe(405);
      expect(problem.allow.join(', ')).toBe(allow);
    },
  );

  it.each(ROUTE_CASES.filter((c) => c.allow.includes('HEAD')))(
    'HEAD $path has the status and headers of GET, and no body',
    async ({ path }) => {
      const get = await app.request(path);
      const head = await app.request(path, { method: 'HEAD' });
      expect(head.status).toBe(get.status);
      expect(await head.text()).toBe('');
      const strip = (h: Headers) => [...h].filter(([name]) => name !== 'content-length');
      expect(strip(head.headers)).toEqual(strip(get.headers));
      if (get.status === 200)
        expect(Number(head.headers.get('content-length'))).toBe(
          new TextEncoder().encode(await get.text()).byteLength,
        );
    },
  );

  it.each(ROUTE_CASES.filter((c) => c.publicGet))('GET $path without a token is 200', async ({ path }) => {
    expect((await app.request(path)).status).toBe(200);
  });

  it('PATCH and POST resources advertise their media types in OPTIONS', async () => {
    const user = await app.request('/users/1', { method: 'OPTIONS' });
    expect(user.headers.get('accept-patch')).toBe('application/merge-patch+json, application/json');
    const users = await app.request('/users', { method: 'OPTIONS' });
    expect(users.headers.get('accept-post')).toBe('application/json');
  });

  it('answers 501 for a method no resource implements, and 404 for a path no route matches', async () => {
    expect((await app.request('/users', { method: 'PROPFIND' })).status).toBe(501);
    const res = await app.request('/stadiums');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
