import { describe, expect, it } from 'vitest';
import { isJsonMediaType, jsonTokens, prettyJson } from './json-body.ts';

describe('isJsonMediaType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON', true],
    ['application/problem+json', true],
    ['application/merge-patch+json;charset=utf-8', true],
    ['text/json-ish', false],
    ['text/plain', false],
    ['application/jsonp', false],
    [undefined, false],
  ])('%s → %s', (type, expected) => {
    expect(isJsonMediaType(type)).toBe(expected);
  });
});

describe('prettyJson', () => {
  it('indents with two spaces', () => {
    expect(prettyJson('{"id":1,"tags":["a"]}')).toBe('{\n  "id": 1,\n  "tags": [\n    "a"\n  ]\n}');
  });

  it('keeps non-ASCII text as text', () => {
    expect(prettyJson('{"name":"김철수"}')).toBe('{\n  "name": "김철수"\n}');
  });

  it('returns null for anything that is not JSON', () => {
    expect(prettyJson('{"id":')).toBeNull();
    expect(prettyJson('')).toBeNull();
    expect(prettyJson('<html></html>')).toBeNull();
  });
});

describe('jsonTokens', () => {
  it('tells keys from string values, and finds numbers and literals', () => {
    const tokens = jsonTokens('{"a": "b", "n": -1.5e3, "ok": true, "x": null}');
    expect(tokens.filter((t) => t.kind !== 'space' && t.kind !== 'punctuation')).toEqual([
      { text: '"a"', kind: 'key' },
      { text: '"b"', kind: 'string' },
      { text: '"n"', kind: 'key' },
      { text: '-1.5e3', kind: 'number' },
      { text: '"ok"', kind: 'key' },
      { text: 'true', kind: 'literal' },
      { text: '"x"', kind: 'key' },
      { text: 'null', kind: 'literal' },
    ]);
  });

  it('handles escaped quotes inside strings', () => {
    const tokens = jsonTokens('{"say": "a \\"quote\\""}');
    expect(tokens.find((t) => t.kind === 'string')?.text).toBe('"a \\"quote\\""');
  });

  it('always joins back to the input, even for text that is not JSON', () => {
    for (const input of ['{\n  "a": [1, 2]\n}', 'not json ~ at all', '"unterminated']) {
      expect(
        jsonTokens(input)
          .map((t) => t.text)
          .join(''),
      ).toBe(input);
    }
  });
});
