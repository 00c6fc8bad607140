import { describe, expect, it } from 'vitest';
import { createMockApi } from '../create-mock-api.ts';
import { bearer, newToken } from '../testing/send-raw.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { SandboxStore } from './sandbox-store.ts';

describe('viewer tokens are bounded per sandbox', () => {
  it('issuing past the cap replaces the oldest viewer token; the editor and the newest viewers keep working', () => {
    const store = new SandboxStore({ ...DEFAULT_LIMITS, maxViewers: 3 }, () => 1_000);
    const editor = store.issue('editor');
    const viewers = Array.from({ length: 5 }, () => store.issue('viewer', editor.sandbox));
    expect(editor.sandbox.grants.filter((g) => g.role === 'viewer')).toHaveLength(3);
    expect(store.lookup(viewers[0]!.token)).toMatchObject({ ok: false, reason: 'replaced' });
    expect(store.lookup(viewers[1]!.token)).toMatchObject({ ok: false, reason: 'replaced' });
    for (const v of viewers.slice(2)) expect(store.lookup(v.token)).toMatchObject({ ok: true });
    expect(store.lookup(editor.token)).toMatchObject({ ok: true });
  });

  it('a replaced viewer token is told so plainly over HTTP', async () => {
    const app = createMockApi({ limits: { maxViewers: 1 } });
    const editor = await newToken(app);
    const first = await newToken(app, 'viewer', editor);
    await newToken(app, 'viewer', editor);
    const res = await app.request('/users/1', { headers: bearer(first) });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('invalid_token');
    const problem = (await res.json()) as { detail: string };
    expect(problem.detail).toContain('viewer token was replaced');
  });
});
