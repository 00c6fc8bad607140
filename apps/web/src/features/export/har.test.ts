import { describe, expect, it } from 'vitest';
import { buildHar, harEntry } from './har.ts';

const POST = {
  createdAt: '2026-03-01T10:00:00.000Z',
  requestRaw:
    'POST /users?notify=1 HTTP/1.1\r\nHost: localhost:8081\r\nContent-Type: application/json\r\nCookie: a=1; b=2\r\nContent-Length: 20\r\n\r\n{"name":"김민지"}',
  responseRaw:
    'HTTP/1.1 201 Created\r\nLocation: /users/13\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n{"id":13\r\n1\r\n}\r\n0\r\n\r\n',
  totalMs: 12.5,
};

describe('HAR', () => {
  const entry = harEntry(POST);

  it('builds the request from the raw text', () => {
    expect(entry.request).toMatchObject({
      method: 'POST',
      url: 'http://localhost:8081/users?notify=1',
      httpVersion: 'HTTP/1.1',
      queryString: [{ name: 'notify', value: '1' }],
      cookies: [
        { name: 'a', value: '1' },
        { name: 'b', value: '2' },
      ],
      postData: { mimeType: 'application/json', text: '{"name":"김민지"}' },
      bodySize: 20,
    });
    expect(entry.request.headers).toHaveLength(4);
    expect(entry.request.headersSize).toBe(POST.requestRaw.indexOf('\r\n\r\n') + 4);
  });

  it('builds the response with the chunked framing removed from content', () => {
    expect(entry.response).toMatchObject({
      status: 201,
      statusText: 'Created',
      redirectURL: '/users/13',
      content: { mimeType: 'application/json', text: '{"id":13}', size: 9 },
    });
  });

  it('records the time as waiting', () => {
    expect(entry.time).toBe(12.5);
    expect(entry.timings).toMatchObject({ send: 0, wait: 12.5, receive: 0 });
  });

  it('a log is HAR 1.2, oldest first', () => {
    const later = { ...POST, createdAt: '2026-03-01T10:05:00.000Z' };
    const har = buildHar([later, POST]);
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator.name).toBe('Teapot');
    expect(har.log.entries.map((e) => e.startedDateTime)).toEqual([POST.createdAt, later.createdAt]);
  });

  it('an exchange with no response still makes an entry', () => {
    const e = harEntry({ ...POST, responseRaw: '' });
    expect(e.response.status).toBe(0);
    expect(e.response.bodySize).toBe(-1);
  });
});
