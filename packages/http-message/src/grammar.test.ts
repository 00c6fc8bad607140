import { describe, expect, it } from 'vitest';
import * as g from './grammar.ts';

describe('grammar', () => {
  it('token accepts tchar and nothing else', () => {
    expect(g.token.test("!#$%&'*+-.^_`|~09azAZ")).toBe(true);
    for (const bad of ['', 'a b', 'a:b', 'a(b', 'a"b', 'a/b', '한'])
      expect(g.token.test(bad), bad).toBe(false);
    expect('Content Type'.search(g.notTchar)).toBe(7);
  });

  it('field-value allows inner whitespace and obs-text, not CTLs or edge whitespace', () => {
    for (const ok of ['', 'a', 'a b\tc', 'text/html; q=0.9', '김민수'])
      expect(g.fieldValue.test(ok), ok).toBe(true);
    for (const bad of [' a', 'a ', 'a\x00b', 'a\rb', 'a\x7fb'])
      expect(g.fieldValue.test(bad), JSON.stringify(bad)).toBe(false);
  });

  it('HTTP-version is case-sensitive and has one digit each side', () => {
    expect(g.httpVersion.test('HTTP/1.1')).toBe(true);
    for (const bad of ['http/1.1', 'HTTP/1', 'HTTP/10.1', 'HTTP/1.1 ', 'HTTP/2'])
      expect(g.httpVersion.test(bad), bad).toBe(false);
  });

  it('origin-form is an absolute path with an optional query', () => {
    for (const ok of ['/', '/users/1', '/a//b', '/search?q=a/b?c', '/%EC%82%AC', "/a:b@c!$&'()*+,;="]) {
      expect(g.originForm.test(ok), ok).toBe(true);
    }
    for (const bad of ['users', '/a b', '/a#b', '/%zz', '/a[b]'])
      expect(g.originForm.test(bad), bad).toBe(false);
  });

  it('tells absolute-form, authority-form and asterisk-form apart', () => {
    expect(g.absoluteForm.test('http://localhost:8081/users?x=1')).toBe(true);
    expect(g.absoluteFormWithAuthority.test('http://a')).toBe(true);
    expect(g.authorityForm.test('example.com:443')).toBe(true);
    expect(g.authorityForm.test('[::1]:443')).toBe(true);
    expect(g.authorityForm.test('example.com')).toBe(false);
    expect(g.asteriskForm.test('*')).toBe(true);
    expect(g.asteriskForm.test('/*')).toBe(false);
  });

  it('Host is uri-host with an optional port', () => {
    for (const ok of ['localhost', 'localhost:8081', '127.0.0.1', '[::1]:80', '', 'xn--9n2bp8q.com'])
      expect(g.host.test(ok), ok).toBe(true);
    for (const bad of ['http://a', 'a/b', 'a b', 'a:b']) expect(g.host.test(bad), bad).toBe(false);
  });

  it('status-code is three digits', () => {
    expect(g.statusCode.test('200')).toBe(true);
    expect(g.statusCode.test('20')).toBe(false);
    expect(g.statusCode.test('2000')).toBe(false);
  });

  it('chunk-ext allows BWS, names and token or quoted values', () => {
    for (const ok of ['', ';a', ' ; a = b', ';a="x y";b']) expect(g.chunkExt.test(ok), ok).toBe(true);
    for (const bad of [' x', ';', ';a=', ';a="x']) expect(g.chunkExt.test(bad), bad).toBe(false);
  });

  it('Content-Length is digits only', () => {
    expect(g.contentLength.test('0012')).toBe(true);
    for (const bad of ['', '+1', '-1', '1.0', '1 2']) expect(g.contentLength.test(bad), bad).toBe(false);
  });

  it('splits Transfer-Encoding into lowercase coding names', () => {
    expect(g.transferCodings('gzip, Chunked')).toEqual(['gzip', 'chunked']);
    expect(g.transferCodings('chunked;x=1,,')).toEqual(['chunked']);
    expect(g.transferCodings('')).toEqual([]);
  });

  it('isOwsChar knows SP and HTAB only', () => {
    expect([' ', '\t', '\r', 'a', undefined].map(g.isOwsChar)).toEqual([true, true, false, false, false]);
  });
});
