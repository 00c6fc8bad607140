import { describe, expect, it } from 'vitest';
import { checkHost } from './host.ts';
import { ProblemList } from './problem-list.ts';
import type { HeaderField, RequestLine } from './types.ts';

const span = { start: 0, end: 0 };
const line = (version: string): RequestLine => ({
  method: 'GET',
  target: '/',
  version,
  span,
  methodSpan: span,
  targetSpan: span,
  versionSpan: span,
});
const host = (value: string): HeaderField => ({ name: 'Host', value, span, nameSpan: span, valueSpan: span });

function check(version: string, ...values: string[]): string[] {
  const problems = new ProblemList();
  checkHost(line(version), values.map(host), problems);
  return problems.items.map((p) => p.key);
}

describe('checkHost', () => {
  it('requires Host in HTTP/1.1 only', () => {
    expect(check('HTTP/1.1')).toEqual(['missing-host']);
    expect(check('HTTP/1.0')).toEqual([]);
  });

  it('reports each Host after the first, in any version', () => {
    expect(check('HTTP/1.0', 'a', 'a', 'b')).toEqual(['duplicate-host', 'duplicate-host']);
  });

  it('accepts an empty Host (a target URI without authority)', () => {
    expect(check('HTTP/1.1', '')).toEqual([]);
  });

  it('reports a Host that is not uri-host [":" port]', () => {
    expect(check('HTTP/1.1', 'localhost:80:80')).toEqual(['invalid-host']);
  });
});
