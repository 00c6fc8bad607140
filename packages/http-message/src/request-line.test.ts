import { describe, expect, it } from 'vitest';
import { readLine } from './lines.ts';
import { ProblemList } from './problem-list.ts';
import { parseRequestLine } from './request-line.ts';

function parse(line: string) {
  const problems = new ProblemList();
  const text = `${line}\r\n`;
  const requestLine = parseRequestLine(text, readLine(text, 0), problems);
  return { requestLine, keys: problems.items.map((p) => p.key) };
}

describe('parseRequestLine', () => {
  it('gives each part with its span', () => {
    expect(parse('PATCH /users/1 HTTP/1.1').requestLine).toEqual({
      method: 'PATCH',
      target: '/users/1',
      version: 'HTTP/1.1',
      span: { start: 0, end: 23 },
      methodSpan: { start: 0, end: 5 },
      targetSpan: { start: 6, end: 14 },
      versionSpan: { start: 15, end: 23 },
    });
  });

  it('accepts extension methods that are tokens', () => {
    expect(parse('PURGE /cache HTTP/1.1')).toEqual(expect.objectContaining({ keys: [] }));
  });

  it('only calls a method lowercase when its uppercase is standard', () => {
    expect(parse('delete /a HTTP/1.1').keys).toEqual(['lowercase-method']);
    expect(parse('Purge /a HTTP/1.1').keys).toEqual([]);
  });

  it('reports the worst whitespace run once', () => {
    expect(parse('GET  /  HTTP/1.1').keys).toEqual(['request-line-whitespace']);
  });

  it('spans a target with spaces in it up to the version', () => {
    expect(parse('GET /a b c HTTP/1.1').requestLine?.targetSpan).toEqual({ start: 4, end: 10 });
  });

  it('gives up on lines it cannot split into a request line', () => {
    for (const line of ['', '   ', 'GET', 'GET HTTP/1.1', 'a b c d']) {
      expect(parse(line).requestLine, JSON.stringify(line)).toBeNull();
      expect(parse(line).keys, JSON.stringify(line)).toContain('invalid-request-line');
    }
  });
});
