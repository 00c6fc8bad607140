import { describe, expect, it } from 'vitest';
import {
  addHeader,
  findHeader,
  readRawRequest,
  removeHeaderAt,
  requestUrl,
  setBody,
  setHeaderAt,
  setStartLine,
  upsertHeader,
} from './raw-request.ts';

const POST = 'POST /users HTTP/1.1\nHost: localhost:8081\nContent-Type: application/json\n\n{"name":"Kim"}';

describe('readRawRequest', () => {
  it('reads the request line, headers and body', () => {
    const r = readRawRequest(POST);
    expect([r.method, r.target, r.version]).toEqual(['POST', '/users', 'HTTP/1.1']);
    expect(r.headers.map((h) => [h.name, h.value])).toEqual([
      ['Host', 'localhost:8081'],
      ['Content-Type', 'application/json'],
    ]);
    expect(r.blankLine).toBe(true);
    expect(r.body).toBe('{"name":"Kim"}');
    expect(POST.slice(r.headers[1]?.from, r.headers[1]?.to)).toBe('Content-Type: application/json');
  });

  it('keeps a line without a colon as a header row marked colon: false', () => {
    const r = readRawRequest('GET / HTTP/1.1\nAccept application/json\n\n');
    expect(r.headers).toEqual([
      { name: 'Accept application/json', value: '', colon: false, from: 15, to: 38 },
    ]);
  });

  it('reads CRLF text and skips leading empty lines', () => {
    const r = readRawRequest('\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\nbody');
    expect(r.eol).toBe('\r\n');
    expect(r.target).toBe('/a');
    expect(r.headers[0]?.value).toBe('x');
    expect(r.body).toBe('body');
  });

  it('has no body and no blank line for a head that is not finished', () => {
    const r = readRawRequest('GET / HTTP/1.1\nHost: x');
    expect(r.blankLine).toBe(false);
    expect(r.body).toBe('');
  });
});

describe('edits rewrite only what they touch', () => {
  it('setStartLine', () => {
    expect(setStartLine(POST, { method: 'PUT', target: '/users/1' })).toBe(
      POST.replace('POST /users', 'PUT /users/1'),
    );
    expect(setStartLine('', { method: 'GET', target: '/', version: 'HTTP/1.1' })).toBe('GET / HTTP/1.1\n');
  });

  it('addHeader goes after the last header', () => {
    expect(addHeader('GET / HTTP/1.1\nHost: a\n\n', 'Accept', '*/*')).toBe(
      'GET / HTTP/1.1\nHost: a\nAccept: */*\n\n',
    );
  });

  it('addHeader ends an unfinished head so the request stays a request', () => {
    expect(addHeader('GET / HTTP/1.1', 'Host', 'a')).toBe('GET / HTTP/1.1\nHost: a\n\n');
  });

  it('addHeader keeps CRLF text CRLF', () => {
    expect(addHeader('GET / HTTP/1.1\r\nHost: a\r\n\r\n', 'X', '1')).toBe(
      'GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n\r\n',
    );
  });

  it('setHeaderAt and removeHeaderAt', () => {
    expect(setHeaderAt(POST, 1, 'Content-Type', 'text/plain')).toContain('\nContent-Type: text/plain\n\n');
    expect(removeHeaderAt(POST, 0)).toBe(
      'POST /users HTTP/1.1\nContent-Type: application/json\n\n{"name":"Kim"}',
    );
    expect(removeHeaderAt(POST, 5)).toBe(POST);
  });

  it('upsertHeader finds names case-insensitively, or adds', () => {
    expect(upsertHeader('GET / HTTP/1.1\nhost: a\n\n', 'Host', 'b')).toBe('GET / HTTP/1.1\nHost: b\n\n');
    expect(upsertHeader('GET / HTTP/1.1\nHost: a\n\n', 'Authorization', 'Bearer t')).toBe(
      'GET / HTTP/1.1\nHost: a\nAuthorization: Bearer t\n\n',
    );
    expect(findHeader(POST, 'content-type')).toBe(1);
    expect(findHeader(POST, 'accept')).toBe(-1);
  });

  it('setBody replaces the body, or starts one', () => {
    expect(setBody(POST, '{}')).toBe(POST.replace('{"name":"Kim"}', '{}'));
    expect(setBody('POST / HTTP/1.1\nHost: a', 'x')).toBe('POST / HTTP/1.1\nHost: a\n\nx');
    expect(setBody('POST / HTTP/1.1\nHost: a\n', 'x')).toBe('POST / HTTP/1.1\nHost: a\n\nx');
  });
});

describe('requestUrl', () => {
  it('joins Host and an origin-form target', () => {
    expect(requestUrl(readRawRequest(POST))).toBe('http://localhost:8081/users');
  });
  it('keeps an absolute-form target', () => {
    expect(requestUrl(readRawRequest('GET http://a.test/x HTTP/1.1\nHost: b\n\n'))).toBe('http://a.test/x');
  });
  it('maps the asterisk form to /', () => {
    expect(requestUrl(readRawRequest('OPTIONS * HTTP/1.1\nHost: a\n\n'))).toBe('http://a/');
  });
  it('is undefined without a Host', () => {
    expect(requestUrl(readRawRequest('GET / HTTP/1.1\n\n'))).toBeUndefined();
  });
});
