import { describe, expect, it } from 'vitest';
import { describeChar, excerpt, percentEncodeNonAscii } from './chars.ts';

describe('describeChar', () => {
  it.each([
    ['(', '('],
    [' ', 'SP'],
    ['\t', 'HTAB'],
    ['\r', 'CR'],
    ['\n', 'LF'],
    ['\x00', '%x00'],
    ['\x7f', '%x7F'],
    ['\u00a0', 'U+00A0'],
    ['한', '한'],
    ['\ud800', 'U+D800'],
  ])('%j is %j', (char, name) => {
    expect(describeChar(char)).toBe(name);
  });
});

describe('percentEncodeNonAscii', () => {
  it('encodes Korean as UTF-8 octets and keeps ASCII', () => {
    expect(percentEncodeNonAscii('/사용자?q=a b')).toBe('/%EC%82%AC%EC%9A%A9%EC%9E%90?q=a b');
  });

  it('does not throw on a lone surrogate', () => {
    expect(percentEncodeNonAscii('/\ud800')).toBe('/%EF%BF%BD');
  });
});

describe('excerpt', () => {
  it('cuts long text', () => {
    expect(excerpt('abcdef', 3)).toBe('abc…');
    expect(excerpt('abc', 3)).toBe('abc');
  });
});
