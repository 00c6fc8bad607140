import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api.ts';
import { bearer, newToken } from '../testing/send-raw.ts';

const NEW_USER = '{"name":"한지우","email":"jiwoo.han@example.com"}';

describe('authentication and authorization', () => {
  it('POST /tokens answers 201 with Location and a token', async () => {
    const app = createMockApi();
    const res = await app.request('/tokens', { method: 'POST' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { token: string; id: string; role: string };
    expect(res.headers.get('location')).toBe(`/tokens/${body.id}`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(body.role).toBe('editor');
    const info = await app.request(res.headers.get('location') ?? '', { headers: bearer(body.token) });
    expect(info.status).toBe(200);
    expect(await info.text()).not.toContain(body.token);
  });

  it('without a token: reads work, writes get 401 with a Bearer challenge', async () => {
    const app = createMockApi();
    expect((await app.request('/users/1')).status).toBe(200);
    const res = await app.request('/users', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: NEW_USER,
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="teapot"');
  });

  it('another scheme, or a token the server never issued, is 401', async () => {
    const app = createMockApi();
    const basic = await app.request('/users/1', { headers: { Authorization: 'Basic dXNlcjpwYXNz' } });
    expect(basic.status).toBe(401);
    const unknown = await app.request('/users/1', { headers: bearer('not-a-real-token') });
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('www-authenticate')).toBe(
      'Bearer realm="teapot", error="invalid_token", error_description="unknown"',
    );
  });

  it('a viewer token reads but gets 403 on writes', async () => {
    const app = createMockApi();
    const viewer = await newToken(app, 'viewer');
    expect((await app.request('/users/1', { headers: bearer(viewer) })).status).toBe(200);
    const res = await app.request('/users', {
      method: 'POST',
      headers: bearer(viewer, 'application/json'),
      body: NEW_USER,
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
    expect((await app.request('/users/1', { method: 'DELETE', headers: bearer(viewer) })).status).toBe(403);
  });

  it('a viewer token made with an editor token watches the same sandbox', async () => {
    const app = createMockApi();
    const editor = await newToken(app);
    const viewer = await newToken(app, 'viewer', editor);
    await app.request('/users/2', { method: 'DELETE', headers: bearer(editor) });
    expect((await app.request('/users/2', { headers: bearer(viewer) })).status).toBe(404);
  });

  it('only the teacher token reads /sandboxes: 401 without a token, 403 with a learner token', async () => {
    const app = createMockApi({ teacherToken: 'teacher-secret' });
    const learner = await newToken(app);
    expect((await app.request('/sandboxes')).status).toBe(401);
    expect((await app.request('/sandboxes', { headers: bearer(learner) })).status).toBe(403);
    const res = await app.request('/sandboxes', { headers: bearer('teacher-secret') });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { total: number }).total).toBe(1);
  });

  it('an idle sandbox is evicted, and its learner is told so plainly', async () => {
    let now = 0;
    const app = createMockApi({ now: () => now, limits: { idleMs: 60_000 } });
    const token = await newToken(app);
    now = 59_000;
    expect((await app.request('/users/1', { headers: bearer(token) })).status).toBe(200);
    now = 59_000 + 60_001;
    const res = await app.request('/users/1', { headers: bearer(token) });
    expect(res.status).toBe(401);
    const problem = (await res.json()) as { type: string; detail: string; reason: string };
    expect(problem.type).toMatch(/sandbox-gone$/);
    expect(problem.reason).toBe('evicted-idle');
    expect(problem.detail).toContain('not used for 1 minute,');
    expect(problem.detail).toContain('POST /tokens');
  });

  it('past the sandbox limit, the least recently used sandbox (to the second) goes first', async () => {
    let now = 0;
    const app = createMockApi({ now: () => now, limits: { maxSandboxes: 2 } });
    const first = await newToken(app);
    now = 2_000;
    const second = await newToken(app);
    now = 4_000;
    await app.request('/users/1', { headers: bearer(first) });
    now = 6_000;
    await newToken(app);
    expect((await app.request('/users/1', { headers: bearer(first) })).status).toBe(200);
    const res = await app.request('/users/1', { headers: bearer(second) });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { reason: string }).reason).toBe('evicted-capacity');
  });

  it('DELETE /tokens/{id} revokes an editor token and its sandbox', async () => {
    const app = createMockApi();
    const res = await app.request('/tokens', { method: 'POST' });
    const { token, id } = (await res.json()) as { token: string; id: string };
    expect((await app.request(`/tokens/${id}`, { method: 'DELETE', headers: bearer(token) })).status).toBe(
      204,
    );
    const after = await app.request('/users/1', { headers: bearer(token) });
    expect(after.status).toBe(401);
    expect(((await after.json()) as { reason: string }).reason).toBe('revoked');
  });
});
