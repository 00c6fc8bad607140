import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

  it('agrees with TextEncoder on mixed text, at every start and count', () => {
    const unit = fc.constantFrom('a', ' ', '\r\n', 'é', '한', '😀', '\ud800', '\udc00');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), fc.nat(40), (text, count) => {
        for (let start = 0; start <= text.length; start++) {
          // The furthest end, not inside a surrogate pair, whose bytes still fit in count.
          let expected = { index: start, bytes: 0 };
          for (let end = start + 1; end <= text.length; end++) {
            const splitsPair =
              /[\ud800-\udbff]$/.test(text.slice(0, end)) && /^[\udc00-\udfff]/.test(text.slice(end));
            if (splitsPair) continue;
            const bytes = encoder.encode(text.slice(start, end)).length;
            if (bytes > count) break;
            expected = { index: end, bytes };
          }
          expect(advanceBytes(text, start, count)).toEqual(expected);
        }
      }),
    );
  });
});
