import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse-request.ts';

describe('parseRequest', () => {
  it('gives the body span and where the message ends', () => {
    const text = 'POST /users HTTP/1.1\r\nHost: a\r\nContent-Length: 7\r\n\r\n{"a":1}';
    const request = parseRequest(text);
    expect(request.bodySpan).toEqual({ start: 52, end: 59 });
    expect(text.slice(request.bodySpan.start, request.bodySpan.end)).toBe('{"a":1}');
    expect(request.messageEnd).toBe(text.length);
    expect(request.lineEnding).toBe('\r\n');
  });

  it('reports the line ending the head mostly used', () => {
    expect(parseRequest('GET / HTTP/1.1\nHost: a\n\n').lineEnding).toBe('\n');
  });

  it('ends a request without framing at the blank line', () => {
    const request = parseRequest('DELETE /users/1 HTTP/1.1\r\nHost: a\r\n\r\n');
    expect(request.body).toBe('');
    expect(request.complete).toBe(true);
  });

  it('sends the whole text when the framing is broken', () => {
    const text = 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab';
    expect(parseRequest(text).messageEnd).toBe(text.length);
  });

  it('reports text after an unframed request as a body the server will not read', () => {
    const request = parseRequest('HEAD / HTTP/1.1\r\nHost: a\r\n\r\nhello');
    expect(request.problems.map((p) => p.key)).toEqual(['body-without-content-length']);
  });

  it('lists problems in text order', () => {
    const starts = parseRequest('get /한 HTTP/1.1\r\nHost : a\r\nX: \x01\r\n\r\n').problems.map(
      (p) => p.span.start,
    );
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts.length).toBeGreaterThanOrEqual(4);
  });

  it('reports the HTTP/2 preface and nothing else', () => {
    const request = parseRequest('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');
    expect(request.problems.map((p) => p.key)).toEqual(['http2-preface']);
    expect(request.requestLine).toBeNull();
  });
});
