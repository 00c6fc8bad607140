import { describe, expect, it } from 'vitest';
import { parseRequest } from '@teapot/http-message';
import { draftHost, tokenRequest, withToken } from './token-flow.ts';

describe('token flow', () => {
  it('the token request is a complete, well-formed POST /tokens', () => {
    const parsed = parseRequest(tokenRequest('localhost:18081'));
    expect(parsed.requestLine?.target).toBe('/tokens');
    expect(parsed.problems.filter((p) => p.level === 'bad')).toEqual([]);
    expect(parsed.complete).toBe(true);
    expect(parsed.content).toBe('{}');
  });

  it('reads the Host of the first request', () => {
    expect(draftHost('GET / HTTP/1.1\nHost: 127.0.0.1:18081\n\n')).toBe('127.0.0.1:18081');
    expect(draftHost('GET / HTTP/1.1\n\n')).toBeUndefined();
  });

  it('fills {{token}} placeholders', () => {
    expect(withToken('DELETE /users/1 HTTP/1.1\nAuthorization: Bearer {{token}}\n\n', 'new', null, 0)).toBe(
      'DELETE /users/1 HTTP/1.1\nAuthorization: Bearer new\n\n',
    );
  });

  it('replaces the old token (new sandbox)', () => {
    expect(withToken('GET / HTTP/1.1\nAuthorization: Bearer old1\n\n', 'new2', 'old1', 0)).toBe(
      'GET / HTTP/1.1\nAuthorization: Bearer new2\n\n',
    );
  });

  it('adds a visible Authorization line when there was none', () => {
    expect(withToken('GET /users HTTP/1.1\nHost: a\n\n', 'tok', null, 0)).toBe(
      'GET /users HTTP/1.1\nHost: a\nAuthorization: Bearer tok\n\n',
    );
  });

  it('in an .http file, adds it to the request under the cursor only', () => {
    const doc = 'GET /a HTTP/1.1\nHost: a\n\n###\nGET /b HTTP/1.1\nHost: a\n\n';
    expect(withToken(doc, 'tok', null, doc.indexOf('/b'))).toBe(
      'GET /a HTTP/1.1\nHost: a\n\n###\nGET /b HTTP/1.1\nHost: a\nAuthorization: Bearer tok\n\n',
    );
  });
});
