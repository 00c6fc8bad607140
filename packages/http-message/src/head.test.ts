import { describe, expect, it } from 'vitest';
import { checkHead, headLineEnding, splitHead } from './head.ts';
import { ProblemList } from './problem-list.ts';

describe('splitHead', () => {
  it('finds the start line, the field lines and the end of the head', () => {
    const text = 'GET / HTTP/1.1\r\nHost: a\r\nAccept: */*\r\n\r\nbody';
    const head = splitHead(text);
    expect(head.startLine && text.slice(head.startLine.start, head.startLine.end)).toBe('GET / HTTP/1.1');
    expect(head.fieldLines.map((l) => text.slice(l.start, l.end))).toEqual(['Host: a', 'Accept: */*']);
    expect(head.terminated).toBe(true);
    expect(text.slice(head.end)).toBe('body');
  });

  it('skips leading empty lines', () => {
    const head = splitHead('\n\r\nGET / HTTP/1.1\r\n\r\n');
    expect(head.leading).toEqual({ count: 2, span: { start: 0, end: 3 } });
    expect(head.startLine?.start).toBe(3);
  });

  it('notes where each bare LF is', () => {
    const head = splitHead('GET / HTTP/1.1\nHost: a\r\n\n');
    expect(head.bareLf).toEqual([14, 24]);
    expect(head.crlf).toBe(1);
    expect(headLineEnding(head)).toBe('\n');
  });

  it('starts at an offset', () => {
    const text = 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n\r\n';
    const head = splitHead(text, 25);
    expect(head.startLine?.start).toBe(25);
    expect(head.end).toBe(text.length);
  });

  it('has no start line for empty text', () => {
    expect(splitHead('').startLine).toBeNull();
    expect(splitHead('\r\n\r\n').startLine).toBeNull();
  });

  it('is not terminated when the text stops inside the head', () => {
    expect(splitHead('GET / HTTP/1.1\r\nHost: a\r\n').terminated).toBe(false);
    expect(splitHead('GET / HTTP/1.1\r\nHost: a\r\n\r').terminated).toBe(false);
  });
});

describe('checkHead', () => {
  it('reports every bare CR in the head, but not in the body', () => {
    const text = 'GET / HTTP/1.1\r\nX: a\rb\rc\r\n\r\nbody\r';
    const problems = new ProblemList();
    checkHead(text, splitHead(text), problems);
    expect(problems.items.map((p) => p.span.start)).toEqual([20, 22]);
  });

  it('reports one bare-lf with the count', () => {
    const text = 'GET / HTTP/1.1\nA: 1\nB: 2\n\n';
    const problems = new ProblemList();
    checkHead(text, splitHead(text), problems);
    expect(problems.items).toEqual([
      { level: 'warn', key: 'bare-lf', span: { start: 14, end: 15 }, params: { count: 4 } },
    ]);
  });
});
