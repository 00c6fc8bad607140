import { describe, expect, it } from 'vitest';
import { checkRequestRest, onlyLineEndings, readBody } from './body.ts';
import type { Framing } from './framing.ts';
import { splitHead } from './head.ts';
import { ProblemList } from './problem-list.ts';

const HEAD = 'POST / HTTP/1.1\r\n\r\n';
const field = {
  name: 'Content-Length',
  value: '3',
  span: { start: 0, end: 0 },
  nameSpan: { start: 0, end: 0 },
  valueSpan: { start: 0, end: 0 },
};

function read(text: string, framing: Framing, closed = false) {
  const problems = new ProblemList();
  const body = readBody(text, splitHead(text), framing, problems, closed);
  checkRequestRest(text, body, framing, problems);
  return { ...body, keys: problems.items.map((p) => p.key) };
}

describe('readBody', () => {
  it('takes exactly Content-Length bytes', () => {
    expect(read(`${HEAD}abcdef`, { kind: 'length', length: 3, field })).toEqual({
      body: 'abc',
      bodySpan: { start: 19, end: 22 },
      content: 'abc',
      complete: true,
      messageEnd: 22,
      keys: ['body-exceeds-content-length'],
    });
  });

  it('reads to the end until the connection closes', () => {
    expect(read(`${HEAD}abc`, { kind: 'close' }).complete).toBe(false);
    expect(read(`${HEAD}abc`, { kind: 'close' }, true).complete).toBe(true);
  });

  it('has no body before the head is complete', () => {
    const result = read('POST / HTTP/1.1\r\nContent-Length: 3\r\n', { kind: 'length', length: 3, field });
    expect(result.body).toBe('');
    expect(result.complete).toBe(false);
    expect(result.keys).toEqual([]);
  });
});

describe('checkRequestRest', () => {
  it('says nothing about line endings left after a request', () => {
    expect(read(`${HEAD}\r\n\n`, { kind: 'none' }).keys).toEqual([]);
  });

  it('recognizes a pipelined request even after empty lines', () => {
    expect(read(`${HEAD}\r\nGET / HTTP/1.1\r\n`, { kind: 'none' }).keys).toEqual([
      'trailing-bytes-after-message',
    ]);
  });

  it('calls other text a body without Content-Length', () => {
    expect(read(`${HEAD}name=kim`, { kind: 'none' }).keys).toEqual(['body-without-content-length']);
  });
});

describe('onlyLineEndings', () => {
  it('is true for CR and LF only', () => {
    expect(onlyLineEndings('')).toBe(true);
    expect(onlyLineEndings('\r\n\n')).toBe(true);
    expect(onlyLineEndings('\r\n ')).toBe(false);
  });
});
