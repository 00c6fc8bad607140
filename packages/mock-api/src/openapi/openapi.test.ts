import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api.ts';
import { STATUS_EXAMPLES } from '../examples/status-examples.ts';
import { ROUTE_CASES } from '../testing/route-cases.ts';

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>;
}

const app = createMockApi();

async function document(): Promise<Doc> {
  const res = await app.request('/openapi.json');
  expect(res.status).toBe(200);
  return (await res.json()) as Doc;
}

/** `/users/1` matched against `/users/{id}`. */
function routeOf(doc: Doc, path: string): string | undefined {
  return Object.keys(doc.paths).find((route) =>
    new RegExp(`^${route.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
  );
}

describe('/openapi.json', () => {
  it('is OpenAPI 3.1 with every route and every allowed method as an operation', async () => {
    const doc = await document();
    expect(doc.openapi).toBe('3.1.0');
    for (const c of ROUTE_CASES) {
      const ops = Object.keys(doc.paths[c.route] ?? {}).map((m) => m.toUpperCase());
      expect(ops.sort(), c.route).toEqual(c.allow.split(', ').sort());
    }
    expect(Object.keys(doc.paths).sort()).toEqual(ROUTE_CASES.map((c) => c.route).sort());
  });

  it('every operation lists its status codes, including each catalog example’s status', async () => {
    const doc = await document();
    for (const item of Object.values(doc.paths)) {
      for (const op of Object.values(item)) expect(Object.keys(op.responses).length).toBeGreaterThan(0);
    }
    for (const example of STATUS_EXAMPLES) {
      const [method = '', target = ''] = example.request.split(' ');
      const route = routeOf(doc, target.split('?')[0] ?? '');
      if (!route || example.status === 501 || example.status === 308) continue;
      if (example.status === 405) {
        expect(doc.paths[route]?.[method.toLowerCase()]).toBeUndefined();
        continue;
      }
      expect(
        Object.keys(doc.paths[route]?.[method.toLowerCase()]?.responses ?? {}),
        `${method} ${target}`,
      ).toContain(String(example.status));
    }
  });

  it('marks the operations that need a token', async () => {
    const doc = await document();
    expect(doc.paths['/users']?.post?.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/users']?.get?.security).toBeUndefined();
    expect(Object.keys(doc.paths['/users']?.post?.responses ?? {})).toEqual([
      '201',
      '400',
      '401',
      '403',
      '406',
      '409',
      '413',
      '415',
      '422',
      '507',
    ]);
  });
});

describe('/docs', () => {
  it('is a self-contained HTML page listing every route', async () => {
    const res = await app.request('/docs');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.)/);
    for (const c of ROUTE_CASES) expect(html).toContain(`<code>${c.route}</code>`);
  });
});
