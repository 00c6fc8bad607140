import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

// The @example of each export, run: the documentation has to stay true.
describe('public API examples', () => {
  it('parseRequest', () => {
    const request = api.parseRequest('GET /users/1 HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect(request.requestLine?.method).toBe('GET');
    expect(request.problems).toEqual([]);
  });

  it('parseResponse', () => {
    const response = api.parseResponse('HTTP/1.1 204 No Content\r\n\r\n', { requestMethod: 'DELETE' });
    expect(response.statusLine?.status).toBe(204);
    expect(response.complete).toBe(true);
  });

  it('serialize', () => {
    const text = api.serialize({
      kind: 'request',
      requestLine: { method: 'GET', target: '/', version: 'HTTP/1.1' },
      headers: [{ name: 'Host', value: 'localhost' }],
      body: '',
    });
    expect(text).toBe('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
  });

  it('normalizeLineEndings', () => {
    expect(api.normalizeLineEndings('GET / HTTP/1.1\nHost: a\n\n')).toEqual({
      text: 'GET / HTTP/1.1\r\nHost: a\r\n\r\n',
      changed: true,
      count: 3,
    });
  });

  it('byteLength', () => {
    expect(api.byteLength('한')).toBe(3);
  });

  it('getHeader and getHeaders', () => {
    const request = api.parseRequest('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
    expect(api.getHeader(request, 'HOST')?.value).toBe('a');
    expect(api.getHeaders(request, 'host')).toHaveLength(1);
  });

  it('decodeChunked', () => {
    expect(api.decodeChunked('5\r\nhello\r\n0\r\n\r\n').content).toBe('hello');
  });

  it('problem table lookups', () => {
    expect(api.getProblemInfo('obs-fold')?.level).toBe('bad');
    expect(api.isProblemKey('bare-lf')).toBe(true);
  });

  it('character helpers', () => {
    expect(api.describeChar('\t')).toBe('HTAB');
    expect(api.percentEncodeNonAscii('/사용자')).toBe('/%EC%82%AC%EC%9A%A9%EC%9E%90');
  });

  it('grammar namespace', () => {
    expect(api.grammar.token.test('GET')).toBe(true);
  });
});
