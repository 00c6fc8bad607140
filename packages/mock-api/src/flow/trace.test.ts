import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api.ts';
import { DECISION_IDS, DECISIONS } from '../decisions.ts';
import { STATUS_EXAMPLES } from '../examples/status-examples.ts';
import { bearer, decidingStep, newToken, sendRaw } from '../testing/send-raw.ts';
import type { Trace } from '../trace-types.ts';

function recorder() {
  const seen: { trace: Trace; status: number; env: unknown }[] = [];
  const app = createMockApi({
    onExchange: ({ trace, reply, env }) => seen.push({ trace, status: reply.status, env }),
  });
  return { app, seen };
}

describe('decision trace', () => {
  it.each([
    ['GET', '/users/1', 200],
    ['GET', '/nowhere', 404],
    ['DELETE', '/leagues/seattle', 405],
    ['GET', '/weather', 500],
    ['GET', '/users/', 308],
    ['GET', '/Users', 404],
    ['PROPFIND', '/users', 501],
    ['OPTIONS', '/users', 204],
    ['HEAD', '/users/1', 200],
    ['POST', '/users', 401],
  ] as const)(
    '%s %s: onExchange is called once, and the deciding step carries %i',
    async (method, path, status) => {
      const { app, seen } = recorder();
      const env = { marker: 'env-from-the-server' };
      const res = await app.request(path, { method }, env);
      expect(res.status).toBe(status);
      expect(seen).toHaveLength(1);
      const [exchange] = seen;
      expect(exchange?.trace.status).toBe(status);
      expect(exchange?.env).toBe(env);
      expect(decidingStep(exchange?.trace)?.status).toBe(status);
      expect(exchange?.trace.steps[0]?.decision).toBe('method-known');
    },
  );

  it('records steps in flow order, with facts and known decision ids', async () => {
    const { app, seen } = recorder();
    await app.request('/users/1');
    const steps = seen[0]?.trace.steps ?? [];
    expect(steps.map((s) => s.decision)).toEqual([
      'method-known',
      'uri-canonical',
      'route-matched',
      'method-allowed',
      'authorized',
      'acceptable',
      'resource-exists',
      'response-has-body',
    ]);
    for (const step of steps) {
      expect(DECISION_IDS).toContain(step.decision);
      expect(step.fact.length).toBeGreaterThan(3);
    }
    expect(seen[0]?.trace.route).toBe('/users/:id');
    expect(seen[0]?.trace.sandbox).toBe('shared');
  });

  it('names the fact that decided, e.g. the stale entity-tag and the current one', async () => {
    const { app, seen } = recorder();
    const token = await newToken(app);
    const current = (await app.request('/users/1', { headers: bearer(token) })).headers.get('etag') ?? '';
    await app.request('/users/1', { method: 'DELETE', headers: { ...bearer(token), 'If-Match': '"v3"' } });
    const step = decidingStep(seen.at(-1)?.trace);
    expect(step).toMatchObject({ decision: 'if-match', passed: false, status: 412 });
    expect(step?.fact).toContain('"v3"');
    expect(step?.fact).toContain(current);
    expect(step?.params).toMatchObject({ header: 'If-Match', value: '"v3"' });
  });

  it('names the sandbox (never the token) a request acted on', async () => {
    const { app, seen } = recorder();
    const token = await newToken(app);
    await app.request('/users/1', { headers: bearer(token) });
    const trace = seen.at(-1)?.trace;
    expect(trace?.sandbox).toMatch(/^sb-[0-9a-f]+$/);
    expect(JSON.stringify(trace)).not.toContain(token);
  });

  it('the 405 step names the method and the exact Allow', async () => {
    const { app, seen } = recorder();
    await app.request('/leagues/seattle', { method: 'PUT' });
    expect(decidingStep(seen[0]?.trace)).toMatchObject({
      decision: 'method-allowed',
      passed: false,
      status: 405,
      params: { method: 'PUT', allow: 'GET, HEAD, OPTIONS' },
    });
  });
});

describe('trace params', () => {
  it('every step uses only the params its decision documents', async () => {
    const documented = new Map<string, readonly string[]>(DECISIONS.map((d) => [d.id, d.params]));
    const { app, seen } = recorder();
    const token = await newToken(app);
    for (const example of STATUS_EXAMPLES) await sendRaw(app, example.request, token);
    await app.request('/users/1', {
      method: 'PUT',
      headers: { ...bearer(token, 'application/json'), 'If-None-Match': '*' },
      body: '{}',
    });
    await app.request('/users/1/favorites/x', {
      method: 'PUT',
      headers: bearer(token, 'application/json'),
      body: '{"player":"/leagues/busan/teams/seagulls/players/41"}',
    });
    await app.request('/users/1/favorites/x', {
      method: 'PUT',
      headers: bearer(token, 'application/json'),
      body: '{"player":"/leagues/busan/teams/seagulls/players/41"}',
    });
    await app.request('/users?page=0');
    const steps = seen.flatMap((s) => s.trace.steps);
    expect(steps.length).toBeGreaterThan(100);
    for (const step of steps) {
      for (const key of Object.keys(step.params ?? {}))
        expect(documented.get(step.decision), `${step.decision}.${key}`).toContain(key);
    }
  });
});
