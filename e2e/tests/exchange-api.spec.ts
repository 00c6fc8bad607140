import { expect, test } from '@playwright/test';

const CRLF = '\r\n';

test.describe('POST /api/exchanges', () => {
  test('relays a raw request over a real socket and returns the exact bytes', async ({ request }) => {
    const raw = ['GET /users/1 HTTP/1.1', 'Host: x', '', ''].join(CRLF);
    const res = await request.post('/api/exchanges', { data: raw, headers: { 'Content-Type': 'message/http' } });
    expect(res.status()).toBe(201);
    const location = res.headers()['location'];
    expect(location).toMatch(/^\/api\/exchanges\/[0-9a-f-]{36}$/);
    const body = await res.json();
    expect(body.request.raw).toBe(raw);
    expect(body.response.raw).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    // Node's own headers, as it wrote them.
    expect(body.response.raw).toMatch(/\r\nDate: [A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT\r\n/);
    expect(body.response.raw).toMatch(/\r\nContent-Length: \d+\r\n/i);
    expect(body.response.status).toBe(200);
    expect(Array.isArray(body.trace)).toBe(true);
    expect(body.trace.length).toBeGreaterThan(0);
    const ids = body.notes.map((n: { id: string }) => n.id);
    expect(ids.some((id: string) => id.startsWith('status'))).toBe(true);
    for (const note of body.notes) {
      expect(note.summary.en.length).toBeGreaterThan(0);
      expect(note.summary.ko.length).toBeGreaterThan(0);
      expect(['good', 'info', 'warn', 'bad']).toContain(note.level);
    }
    // A note about a status code, method or header names its knowledge-base entry, whose
    // longer text GET /api/status-codes/{code} (and /methods, /headers) serves once.
    const status = body.notes.find((n: { id: string }) => n.id === 'status-200');
    expect(status.about).toEqual({ kind: 'status', code: 200 });
    expect(status.text).toBeUndefined();
    const host = body.notes.find((n: { id: string }) => n.id === 'header-host');
    expect(host.about).toEqual({ kind: 'header', name: 'Host' });

    const again = await request.get(location ?? '');
    expect(again.status()).toBe(200);
    expect((await again.json()).response.raw).toBe(body.response.raw);
  });

  test('a header line without a colon gets Node\'s real 400 and a note on that line', async ({ request }) => {
    const raw = ['GET /users/1 HTTP/1.1', 'Host: x', 'Accept application/json', '', ''].join(CRLF);
    const res = await request.post('/api/exchanges', { data: raw, headers: { 'Content-Type': 'message/http' } });
    expect(res.status()).toBe(201);
    const body = await res.json();
    expect(body.response.raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    const line = raw.indexOf('Accept application/json');
    const note = body.notes.find(
      (n: { target?: string; span?: { start: number; end: number } }) =>
        n.target === 'request' && n.span && n.span.start === line,
    );
    expect(note, JSON.stringify(body.notes.map((n: { id: string }) => n.id))).toBeTruthy();
    expect(note.span.end).toBe(line + 'Accept application/json'.length);
  });

  test('lone LF line endings are normalized to CRLF, and said so', async ({ request }) => {
    const res = await request.post('/api/exchanges', {
      data: 'GET /users/1 HTTP/1.1\nHost: x\n\n',
      headers: { 'Content-Type': 'message/http' },
    });
    const body = await res.json();
    expect(body.request.raw).toBe('GET /users/1 HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(body.request.lineEndingsNormalized).toBe(3);
    expect(body.response.status).toBe(200);
  });

  test('only the first message is sent; the rest is shown as not sent', async ({ request }) => {
    const first = 'GET /users/1 HTTP/1.1\r\nHost: x\r\n\r\n';
    const second = 'GET /users/2 HTTP/1.1\r\nHost: x\r\n\r\n';
    const res = await request.post('/api/exchanges', {
      data: first + second,
      headers: { 'Content-Type': 'message/http' },
    });
    const body = await res.json();
    expect(body.request.raw).toBe(first);
    expect(body.request.notSent).toBe(second);
    expect(body.response.raw.match(/HTTP\/1\.1 /g)).toHaveLength(1);
  });

  test('limits answer with a problem document, never a hang', async ({ request }) => {
    const huge = 'POST /users HTTP/1.1\r\nHost: x\r\n\r\n' + 'a'.repeat(300 * 1024);
    const tooBig = await request.post('/api/exchanges', { data: huge, headers: { 'Content-Type': 'message/http' } });
    expect(tooBig.status()).toBe(413);
    expect(tooBig.headers()['content-type']).toContain('application/problem+json');
    const wrongType = await request.post('/api/exchanges', { data: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(wrongType.status()).toBe(415);
  });
});
