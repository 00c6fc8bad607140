/** The sandbox limits a server is started with reach the mock API: checked over a real socket. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServers } from './test-servers.ts';

describe('mock server with its own sandbox limits', () => {
  let servers: Awaited<ReturnType<typeof startTestServers>>;
  const base = () => `http://127.0.0.1:${servers.port}`;
  const mint = async () => {
    const res = await fetch(`${base()}/tokens`, { method: 'POST' });
    return (await res.json()) as { token: string; idleTimeoutSeconds: number };
  };

  beforeAll(async () => {
    servers = await startTestServers({ sandboxes: { idleMs: 1000, maxSandboxes: 2 } });
  });
  afterAll(() => servers.close());

  it('evicts a sandbox left unused past the idle time, and says so with 401', async () => {
    const { token, idleTimeoutSeconds } = await mint();
    expect(idleTimeoutSeconds).toBe(1);
    const auth = { Authorization: `Bearer ${token}` };
    expect((await fetch(`${base()}/users/1`, { headers: auth })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    const res = await fetch(`${base()}/users/1`, { headers: auth });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('invalid_token');
    const problem = (await res.json()) as { detail: string };
    expect(problem.detail).toContain('not used for 1 second');
  });

  it('keeps only as many sandboxes as it is told to, evicting the least recently used', async () => {
    const first = await mint();
    await mint();
    await mint();
    const res = await fetch(`${base()}/users/1`, { headers: { Authorization: `Bearer ${first.token}` } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { detail: string }).detail).toContain('make room for newer ones');
  });
});
