import { describe, expect, it } from 'vitest';
import { decodeChunked } from './chunked.ts';
import { normalizeLineEndings } from './normalize.ts';
import { parseRequest } from './parse-request.ts';
import { parseResponse } from './parse-response.ts';
import { getProblemInfo } from './problems.ts';
import { serialize } from './serialize.ts';
import type { HttpMessage } from './types.ts';

// Pieces that tend to break parsers, glued together at random (seeded, so failures repeat).
const PIECES = [
  'GET',
  'POST',
  'HEAD',
  'get',
  'PRI * HTTP/2.0',
  ' ',
  '  ',
  '\t',
  '/',
  '/a?b#c',
  '*',
  'http://a/',
  'a.com:1',
  'HTTP/1.1',
  'HTTP/1.0',
  'HTTP/9.9',
  'HTTP/1.1 200 OK',
  'HTTP/1.1 100 Continue',
  'HTTP/1.1 204 x',
  '\r\n',
  '\n',
  '\r',
  '\r\n\r\n',
  ':',
  'Host: a',
  'Host:',
  'Content-Length: ',
  'Content-Length: 3',
  '5',
  '0',
  'ffffffffffffffff',
  'Transfer-Encoding: chunked',
  'Transfer-Encoding: gzip',
  '0\r\n\r\n',
  '3\r\nabc\r\n',
  ';x="y',
  '한',
  '😀',
  '\ud800',
  '\udc00',
  '\x00',
  '\x7f',
  '%',
  '%zz',
  ',',
  '"',
  '\u0085',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sample(next: () => number): string {
  const parts: string[] = [];
  const count = Math.floor(next() * 40);
  for (let i = 0; i < count; i += 1) parts.push(PIECES[Math.floor(next() * PIECES.length)] ?? '');
  return parts.join('');
}

function checkInvariants(text: string, message: HttpMessage): void {
  expect(message.messageEnd).toBeGreaterThanOrEqual(0);
  expect(message.messageEnd).toBeLessThanOrEqual(text.length);
  expect(message.rest).toBe(text.slice(message.messageEnd));
  expect(message.body).toBe(text.slice(message.bodySpan.start, message.bodySpan.end));
  expect(message.problems.length).toBeLessThanOrEqual(101);
  for (const p of message.problems) {
    expect(getProblemInfo(p.key), p.key).toBeDefined();
    expect(
      p.span.start >= 0 && p.span.start <= p.span.end && p.span.end <= text.length,
      `${p.key} ${JSON.stringify(p.span)}`,
    ).toBe(true);
  }
  for (const field of message.headers) {
    expect(field.nameSpan.end).toBeLessThanOrEqual(field.span.end);
    expect(text.slice(field.nameSpan.start, field.nameSpan.end)).toBe(field.name);
  }
}

describe('robustness on random input', () => {
  const next = random(9110);
  const inputs = Array.from({ length: 3000 }, () => sample(next));

  it('never throws and keeps every offset inside the text', () => {
    for (const text of inputs) {
      const request = parseRequest(text);
      checkInvariants(text, request);
      const response = parseResponse(text, { requestMethod: 'GET', closed: true });
      checkInvariants(text, response);
      expect(() => serialize(request)).not.toThrow();
      expect(() => serialize(response)).not.toThrow();
      expect(() => decodeChunked(text)).not.toThrow();
    }
  });

  it('normalizes line endings once and for all', () => {
    for (const text of inputs) {
      const once = normalizeLineEndings(text);
      expect(once.text.length).toBe(text.length + once.count);
      expect(normalizeLineEndings(once.text).count, JSON.stringify(text)).toBe(0);
    }
  });
});
