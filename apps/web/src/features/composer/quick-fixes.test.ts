import { describe, expect, it } from 'vitest';
import {
  addHostFix,
  bodyBytes,
  contentLengthFix,
  jsonContentTypeFix,
  looksLikeJson,
  missingJsonContentType,
  textChange,
} from './quick-fixes.ts';
import type { TextChange } from './quick-fixes.ts';

const apply = (text: string, c: TextChange) => text.slice(0, c.from) + c.insert + text.slice(c.to);

describe('textChange', () => {
  it('finds the smallest change', () => {
    expect(textChange('abc', 'abc')).toEqual({ from: 3, to: 3, insert: '' });
    expect(textChange('ab', 'aXb')).toEqual({ from: 1, to: 1, insert: 'X' });
    expect(textChange('Content-Length: 1\n', 'Content-Length: 14\n')).toEqual({
      from: 17,
      to: 17,
      insert: '4',
    });
    expect(textChange('aXXb', 'ab')).toEqual({ from: 1, to: 3, insert: '' });
  });
});

describe('quick fixes', () => {
  it('adds Host after the request line', () => {
    const text = 'GET /users/1 HTTP/1.1\nAccept: */*\n\n';
    expect(apply(text, addHostFix(text, 'localhost:8081'))).toBe(
      'GET /users/1 HTTP/1.1\nAccept: */*\nHost: localhost:8081\n\n',
    );
  });

  it('counts body bytes in UTF-8, everything after the blank line', () => {
    expect(bodyBytes('POST / HTTP/1.1\nHost: a\n\n{"name":"김"}')).toBe(14);
    expect(bodyBytes('POST / HTTP/1.1\nHost: a\n\nab\n')).toBe(3);
    expect(bodyBytes('GET / HTTP/1.1\nHost: a')).toBe(0);
  });

  it('fixes a wrong Content-Length', () => {
    const text = 'POST /users HTTP/1.1\nHost: a\nContent-Length: 5\n\n{"name":"김철수"}';
    expect(apply(text, contentLengthFix(text))).toBe(
      'POST /users HTTP/1.1\nHost: a\nContent-Length: 20\n\n{"name":"김철수"}',
    );
  });

  it('adds a missing Content-Length', () => {
    const text = 'POST /users HTTP/1.1\nHost: a\n\n{}';
    expect(apply(text, contentLengthFix(text))).toBe(
      'POST /users HTTP/1.1\nHost: a\nContent-Length: 2\n\n{}',
    );
  });

  it('declares a JSON body', () => {
    const text = 'POST /users HTTP/1.1\nHost: a\n\n{"name":"Kim"}';
    expect(missingJsonContentType(text)).toBe(true);
    const fixed = apply(text, jsonContentTypeFix(text));
    expect(fixed).toBe('POST /users HTTP/1.1\nHost: a\nContent-Type: application/json\n\n{"name":"Kim"}');
    expect(missingJsonContentType(fixed)).toBe(false);
  });

  it('looksLikeJson accepts objects and arrays only', () => {
    expect([
      looksLikeJson(' {"a":1}\n'),
      looksLikeJson('[1]'),
      looksLikeJson('1'),
      looksLikeJson('{oops'),
      looksLikeJson(''),
    ]).toEqual([true, true, false, false, false]);
  });
});
