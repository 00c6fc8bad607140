import { describe, expect, it } from 'vitest';
import { decodeChunked } from './chunked.ts';
import { normalizeLineEndings } from './normalize.ts';
import { parseRequest } from './parse-request.ts';
import { parseResponse } from './parse-response.ts';
import { serialize } from './serialize.ts';

// No timing assertions: a quadratic step on inputs this size would run past the test timeout.
describe('big inputs', () => {
  it('parses a 2 MB head of 90,000 field lines', () => {
    const text = `GET / HTTP/1.1\r\nHost: a\r\n${'X-Filler: abcdefghijkl\r\n'.repeat(90_000)}\r\n`;
    expect(text.length).toBeGreaterThan(2_000_000);
    const request = parseRequest(text);
    expect(request.headers).toHaveLength(90_001);
    expect(request.problems.map((p) => p.key)).toEqual(['head-too-large']);
    expect(serialize(request)).toBe(text);
  });

  it('parses and normalizes a 2 MB LF-only head', () => {
    const text = `GET / HTTP/1.1\nHost: a\n${'X-Filler: abcdefghijklm\n'.repeat(90_000)}\n`;
    const normalized = normalizeLineEndings(text);
    expect(normalized.count).toBe(90_003);
    expect(parseRequest(normalized.text).headers).toHaveLength(90_001);
  });

  it('parses a 2 MB body of many lines with Content-Length', () => {
    const body = 'line of the body\n'.repeat(125_000);
    const text = `POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const request = parseRequest(text);
    expect(request.complete).toBe(true);
    expect(request.body.length).toBe(body.length);
  });

  it('decodes a chunked response of 100,000 chunks', () => {
    const text = `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${'a\r\n0123456789\r\n'.repeat(100_000)}0\r\n\r\n`;
    const response = parseResponse(text);
    expect(response.complete).toBe(true);
    expect(response.content.length).toBe(1_000_000);
  });

  it('bounds the problems of a head full of bare CRs', () => {
    const text = `GET / HTTP/1.1\r\nX: ${'\r'.repeat(1_000_000)}\r\n\r\n`;
    const request = parseRequest(text);
    expect(request.problems).toHaveLength(101);
    expect(request.problems.at(-1)?.key).toBe('problems-truncated');
  });

  it('survives a 2 MB line without a line ending', () => {
    expect(decodeChunked('f'.repeat(2_000_000)).complete).toBe(false);
    expect(parseResponse(`HTTP/1.1 200 ${'x'.repeat(2_000_000)}`).complete).toBe(false);
  });
});
