import { describe, expect, it } from 'vitest';
import { readShareLink, shareLink, stripCredentials, withoutShare } from './share-link.ts';

const WITH_TOKEN = 'DELETE /users/1 HTTP/1.1\nHost: localhost:8081\nAuthorization: Bearer s3cr3t-abc\n\n';

describe('stripCredentials', () => {
  it('keeps the scheme and replaces the credentials', () => {
    expect(stripCredentials(WITH_TOKEN)).toBe(
      'DELETE /users/1 HTTP/1.1\nHost: localhost:8081\nAuthorization: Bearer {{token}}\n\n',
    );
  });
  it('handles Proxy-Authorization, lowercase names, and a bare value', () => {
    expect(stripCredentials('GET / HTTP/1.1\nproxy-authorization: Basic dTpw\nauthorization: xyz\n\n')).toBe(
      'GET / HTTP/1.1\nproxy-authorization: Basic {{token}}\nauthorization: {{token}}\n\n',
    );
  });
  it('leaves other requests alone', () => {
    const text = 'GET / HTTP/1.1\nHost: a\n\n';
    expect(stripCredentials(text)).toBe(text);
  });
});

describe('share links', () => {
  it('round-trip the request, without the token, with the lesson', () => {
    const link = shareLink('http://localhost:8080/?present=1', { request: WITH_TOKEN, lesson: 'status-405' });
    expect(link).not.toContain('s3cr3t');
    expect(link).toMatch(/^http:\/\/localhost:8080\/\?lesson=status-405#req=[A-Za-z0-9_-]+$/);
    const read = readShareLink(new URL(link));
    expect(read).toEqual({ request: stripCredentials(WITH_TOKEN), lesson: 'status-405' });
  });

  it('carries Korean text', () => {
    const request = 'POST /users HTTP/1.1\nHost: a\n\n{"name":"김철수"}';
    expect(readShareLink(new URL(shareLink('http://a/', { request })))?.request).toBe(request);
  });

  it('also reads ?req= for authors who prefer the query', () => {
    expect(readShareLink(new URL('http://a/?req=R0VUIC8'))?.request).toBe('GET /');
  });

  it('reads nothing from a plain or broken link', () => {
    expect(readShareLink(new URL('http://a/'))).toBeUndefined();
    expect(readShareLink(new URL('http://a/#req=%%%'))).toBeUndefined();
  });

  it('withoutShare removes the request and keeps the rest', () => {
    expect(withoutShare(new URL('http://a/?lesson=x#req=abc')).toString()).toBe('http://a/?lesson=x');
  });
});
