import { describe, expect, it } from 'vitest';
import { contentLengthOf, requestFraming, responseFraming } from './framing.ts';
import { ProblemList } from './problem-list.ts';
import type { HeaderField } from './types.ts';

const span = { start: 0, end: 0 };
const fields = (...pairs: [string, string][]): HeaderField[] =>
  pairs.map(([name, value]) => ({ name, value, span, nameSpan: span, valueSpan: span }));

function run<T>(fn: (problems: ProblemList) => T): { result: T; keys: string[] } {
  const problems = new ProblemList();
  const result = fn(problems);
  return { result, keys: problems.items.map((p) => p.key) };
}

describe('contentLengthOf', () => {
  it('reads one length, leading zeros and OWS allowed', () => {
    const { result, keys } = run((p) => contentLengthOf(fields(['content-length', ' 007 ']), p));
    expect(result !== 'invalid' && result?.length).toBe(7);
    expect(keys).toEqual([]);
  });

  it('is null without the field', () => {
    expect(run((p) => contentLengthOf(fields(['Host', 'a']), p)).result).toBeNull();
  });

  it('refuses a length too large to count exactly', () => {
    expect(run((p) => contentLengthOf(fields(['Content-Length', '99999999999999999999']), p))).toEqual({
      result: 'invalid',
      keys: ['content-length-invalid'],
    });
  });

  it('refuses an empty list member', () => {
    expect(run((p) => contentLengthOf(fields(['Content-Length', '5,']), p)).result).toBe('invalid');
  });
});

describe('requestFraming', () => {
  it('prefers chunked over Content-Length, and reports having both', () => {
    const { result, keys } = run((p) =>
      requestFraming(fields(['Content-Length', '5'], ['Transfer-Encoding', 'gzip, chunked']), p),
    );
    expect(result.kind).toBe('chunked');
    expect(keys).toEqual(['content-length-and-transfer-encoding']);
  });

  it('joins Transfer-Encoding fields before looking for the final coding', () => {
    const te = fields(['Transfer-Encoding', 'chunked'], ['Transfer-Encoding', 'gzip']);
    expect(run((p) => requestFraming(te, p))).toEqual({
      result: { kind: 'invalid' },
      keys: ['chunked-not-final'],
    });
  });

  it('has no body without either field', () => {
    expect(run((p) => requestFraming([], p)).result).toEqual({ kind: 'none' });
  });
});

describe('responseFraming', () => {
  const anchor = { start: 0, end: 15 };
  const frame = (status: number | null, method: string | undefined, headers: HeaderField[]) =>
    run((p) => responseFraming(headers, { status, requestMethod: method, anchor }, p));

  it.each([
    [101, 'GET'],
    [204, 'DELETE'],
    [304, 'GET'],
    [200, 'HEAD'],
    [200, 'CONNECT'],
  ])('%i after %s has no body', (status, method) => {
    expect(frame(status, method, fields(['Content-Length', '10'])).result).toEqual({ kind: 'none' });
  });

  it('reads a 4xx to CONNECT by its framing', () => {
    expect(frame(407, 'CONNECT', fields(['Content-Length', '10'])).result.kind).toBe('length');
  });

  it('reads until close without framing', () => {
    expect(frame(200, 'GET', [])).toEqual({ result: { kind: 'close' }, keys: ['read-until-close'] });
  });
});
