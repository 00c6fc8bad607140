import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api.ts';
import { bearer, newToken } from '../testing/send-raw.ts';

const SCRIPT = '<script>alert(1)</script>';

describe('responses a browser could open', () => {
  it('every response says nosniff; the shared sample, which no learner wrote, needs no sandbox', async () => {
    const app = createMockApi();
    const res = await app.request('/users/1');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBeNull();
  });

  it('a learner’s own records come with Content-Security-Policy: sandbox, in every representation', async () => {
    const app = createMockApi();
    const token = await newToken(app);
    const created = await app.request('/users', {
      method: 'POST',
      headers: bearer(token, 'application/json'),
      body: JSON.stringify({ name: SCRIPT, email: 'xss@example.com' }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('content-security-policy')).toBe('sandbox');
    const location = created.headers.get('location') ?? '';
    for (const accept of ['application/json', 'text/csv']) {
      const res = await app.request(location, { headers: { ...bearer(token), Accept: accept } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(SCRIPT);
      expect(res.headers.get('content-security-policy'), accept).toBe('sandbox');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const head = await app.request(location, { method: 'HEAD', headers: bearer(token) });
    expect(head.headers.get('content-security-policy')).toBe('sandbox');
  });

  it.each([
    ['a problem quoting the path', '/users/999', 404],
    ['a problem quoting Accept', '/users/1', 406],
    ['a redirect note quoting the query', `/members?q=${encodeURIComponent(SCRIPT)}`, 301],
  ])('%s is sandboxed', async (_, path, status) => {
    const app = createMockApi();
    const res = await app.request(path, { headers: status === 406 ? { Accept: 'text/html' } : {} });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-security-policy')).toBe('sandbox');
  });
});
