import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fill } from './format.ts';

/** The definition: every `{name}` (a regex `\w+`) whose name is a key of params. */
function reference(s: string, params: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : whole,
  );
}

describe('fill', () => {
  it('fills placeholders in both languages', () => {
    expect(fill({ en: 'Allow lists {allow}', ko: 'Allow에 {allow}' }, { allow: 'GET, HEAD' })).toEqual({
      en: 'Allow lists GET, HEAD',
      ko: 'Allow에 GET, HEAD',
    });
    expect(fill({ en: '{status} {status}', ko: '{status}' }, { status: 405 })).toEqual({
      en: '405 405',
      ko: '405',
    });
  });

  it('leaves unknown names, non-names and stray braces as written', () => {
    const params = { a: 'A' };
    expect(fill({ en: '{b} {a b} {} {{a}} {a', ko: '}{a}{' }, params)).toEqual({
      en: '{b} {a b} {} {A} {a',
      ko: '}A{',
    });
    expect(fill({ en: '{toString}', ko: '{constructor}' }, params)).toEqual({
      en: '{toString}',
      ko: '{constructor}',
    });
  });

  it('does not fill the values it put in', () => {
    expect(fill({ en: '{a}', ko: '{a}' }, { a: '{b}', b: 'no' }).en).toBe('{b}');
  });

  it('returns a text without placeholders as it is', () => {
    const text = { en: 'plain', ko: '그대로' };
    expect(fill(text, { a: 1 })).toBe(text);
  });

  it('agrees with the regex definition on any text', () => {
    const piece = fc.constantFrom('{', '}', 'a', 'b', '_', ' ', '가', '{a}', '{b}', '{c}', '{a_1}');
    const text = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (en, ko) => {
        const params = { a: 'A', b: '{a}', a_1: 7 };
        expect(fill({ en, ko }, params)).toEqual({ en: reference(en, params), ko: reference(ko, params) });
      }),
    );
  });
});
