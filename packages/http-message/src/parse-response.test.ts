import { describe, expect, it } from 'vitest';
import { MAX_INTERIM, parseResponse } from './parse-response.ts';

describe('parseResponse', () => {
  it('keeps spans of the final response absolute after interim responses', () => {
    const text =
      'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi';
    const response = parseResponse(text);
    const status = response.statusLine;
    expect(status && text.slice(status.span.start, status.span.end)).toBe('HTTP/1.1 200 OK');
    expect(response.interim?.[0]?.headers.map((h) => h.value)).toEqual(['</a.css>; rel=preload']);
    expect(response.body).toBe('hi');
  });

  it('has no interim list when there was none', () => {
    expect(parseResponse('HTTP/1.1 204 No Content\r\n\r\n').interim).toBeUndefined();
  });

  it('stops skipping interim responses after MAX_INTERIM', () => {
    const text = 'HTTP/1.1 100 Continue\r\n\r\n'.repeat(MAX_INTERIM + 3);
    const response = parseResponse(text);
    expect(response.interim).toHaveLength(MAX_INTERIM);
    expect(response.statusLine?.status).toBe(100);
  });

  it('is incomplete while the head is still arriving', () => {
    expect(parseResponse('HTTP/1.1 200 OK\r\nContent-Len').complete).toBe(false);
  });

  it('treats the method of the request case-insensitively for HEAD', () => {
    expect(
      parseResponse('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n', { requestMethod: 'head' }).complete,
    ).toBe(true);
  });

  it('counts Content-Length in bytes for a Korean body', () => {
    const response = parseResponse('HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n안녕하세요');
    expect(response.body).toBe('안녕하');
    expect(response.problems.map((p) => p.key)).toEqual(['trailing-bytes-after-message']);
  });
});
