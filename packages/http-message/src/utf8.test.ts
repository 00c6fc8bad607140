import { describe, expect, it } from 'vitest';
import { advanceBytes, byteLength } from './utf8.ts';

const encoder = new TextEncoder();

describe('byteLength', () => {
  it.each([
    ['', 0],
    ['hello', 5],
    ['é', 2],
    ['한글', 6],
    ['😀', 4],
    ['a😀b', 6],
  ])('%j is %i bytes', (text, bytes) => {
    expect(byteLength(text)).toBe(bytes);
  });

  it('agrees with TextEncoder on lone surrogates', () => {
    for (const text of ['\ud800', '\udc00', 'a\ud800b', '\ud800\ud800', '\udc00\ud800']) {
      expect(byteLength(text)).toBe(encoder.encode(text).length);
    }
  });

  it('measures a range', () => {
    expect(byteLength('ab한글cd', 2, 4)).toBe(6);
  });
});

describe('advanceBytes', () => {
  it('stops after the requested bytes', () => {
    expect(advanceBytes('hello world', 0, 5)).toEqual({ index: 5, bytes: 5 });
  });

  it('counts multi-byte characters whole', () => {
    expect(advanceBytes('한글abc', 0, 6)).toEqual({ index: 2, bytes: 6 });
  });

  it('never stops inside a character', () => {
    expect(advanceBytes('한글', 0, 4)).toEqual({ index: 1, bytes: 3 });
    expect(advanceBytes('😀', 0, 2)).toEqual({ index: 0, bytes: 0 });
  });

  it('reports fewer bytes when the text runs out', () => {
    expect(advanceBytes('abc', 1, 10)).toEqual({ index: 3, bytes: 2 });
  });
});
