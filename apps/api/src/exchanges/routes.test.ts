import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServers } from '../test-servers.ts';

let servers: Awaited<ReturnType<typeof startTestServers>>;
beforeAll(async () => {
  servers = await startTestServers();
});
afterAll(() => servers.close());

describe('POST /api/exchanges over a real socket', () => {
  it('answers 201 with Location and the raw bytes Node wrote', async () => {
    const { res, body } = await servers.exchange('GET /users/1 HTTP/1.1\r\nHost: localhost:8081\r\n\r\n');
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toMatch(/^\/api\/exchanges\/[0-9a-f-]+$/);
    expect(body.response.raw.startsWith('HTTP/1.1 200 OK\r\n')).toBe(true);
    expect(body.response.raw).toMatch(/\r\nDate: .+ GMT\r\n/);
    expect(body.response.raw).toMatch(/\r\nConnection: (close|keep-alive)\r\n/i);
    expect(body.response.status).toBe(200);
  });

  it('reads a chunked or close-delimited response to its end', async () => {
    const { body } = await servers.exchange('GET /users HTTP/1.1\r\nHost: x\r\n\r\n');
    const raw = body.response.raw;
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    const payload = raw.slice(raw.indexOf('\r\n\r\n') + 4);
    const declared = /\r\ncontent-length: (\d+)/i.exec(head);
    if (declared) expect(new TextEncoder().encode(payload).byteLength).toBe(Number(declared[1]));
    else expect(payload.endsWith('0\r\n\r\n')).toBe(true);
  });

  it('never lets Host choose the destination', async () => {
    const { body } = await servers.exchange('GET /users/1 HTTP/1.1\r\nHost: example.com:80\r\n\r\n');
    expect(body.response.status).toBe(200);
  });

  it('shows the mock API 404 as data, not as a playground error', async () => {
    const { res, body } = await servers.exchange('GET /users/999999 HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(res.status).toBe(201);
    expect(body.response.status).toBe(404);
    expect(body.response.raw).toMatch(/content-type: application\/problem\+json/i);
  });

  it("relays a malformed request and returns Node's own 400", async () => {
    const { body } = await servers.exchange('GET /users/1 HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n');
    expect(body.response.raw.startsWith('HTTP/1.1 400 Bad Request\r\n')).toBe(true);
    expect(body.trace).toEqual([]);
  });

  it('returns the decision trace of exactly this request', async () => {
    const { body } = await servers.exchange('GET /users/1 HTTP/1.1\r\nHost: x\r\n\r\n');
    const trace = body.trace as { decision: string; status?: number }[];
    expect(trace.length).toBeGreaterThan(0);
    expect(trace.some((s) => s.status === 200)).toBe(true);
  });
});

describe('per-learner rate limit', () => {
  it('answers 429 with Retry-After once a learner exceeds the burst, and other learners still get through', async () => {
    const limited = await startTestServers({}, { rate: 1, burst: 2, maxKeys: 100 });
    try {
      const send = (learner: string) =>
        limited.app.request('/api/exchanges', {
          method: 'POST',
          headers: { 'Content-Type': 'message/http', 'X-Teapot-Learner': learner },
          body: 'GET /users/1 HTTP/1.1\r\nHost: x\r\n\r\n',
        });
      expect((await send('a')).status).toBe(201);
      expect((await send('a')).status).toBe(201);
      const third = await send('a');
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(third.headers.get('content-type')).toContain('application/problem+json');
      expect((await send('b')).status).toBe(201);
    } finally {
      await limited.close();
    }
  });
});
