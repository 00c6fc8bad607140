import { describe, expect, it } from 'vitest';
import type { ResponseMessage } from '@teapot/http-message';
import { partsOf, splitLines } from './segments.ts';

const TEXT = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{"id":1}\n';

/** A parsed response written out by hand, with the offsets counted for TEXT above. */
function response(): ResponseMessage {
  return {
    kind: 'response',
    statusLine: {
      version: 'HTTP/1.1',
      status: 200,
      reason: 'OK',
      span: { start: 0, end: 15 },
      versionSpan: { start: 0, end: 8 },
      statusSpan: { start: 9, end: 12 },
      reasonSpan: { start: 13, end: 15 },
    },
    headers: [
      {
        name: 'Content-Type',
        value: 'application/json',
        span: { start: 17, end: 47 },
        nameSpan: { start: 17, end: 29 },
        valueSpan: { start: 31, end: 47 },
      },
      {
        name: 'Content-Length',
        value: '9',
        span: { start: 49, end: 66 },
        nameSpan: { start: 49, end: 63 },
        valueSpan: { start: 65, end: 66 },
      },
    ],
    body: '{"id":1}\n',
    bodySpan: { start: 70, end: 79 },
    content: '{"id":1}\n',
    complete: true,
    messageEnd: 79,
    rest: '',
    problems: [],
    lineEnding: '\r\n',
  };
}

const text = (l: { start: number; end: number }) => TEXT.slice(l.start, l.end);

describe('partsOf', () => {
  it('names the start-line fields, each header name and value, and the body, in order', () => {
    const parts = partsOf(response()).map((p) => [p.kind, text(p.span)]);
    expect(parts).toEqual([
      ['version', 'HTTP/1.1'],
      ['status', '200'],
      ['reason', 'OK'],
      ['header-name', 'Content-Type'],
      ['header-value', 'application/json'],
      ['header-name', 'Content-Length'],
      ['header-value', '9'],
      ['body', '{"id":1}\n'],
    ]);
  });

  it('has nothing to say about an unparsed message', () => {
    expect(partsOf(null)).toEqual([]);
  });
});

describe('splitLines', () => {
  it('keeps every byte: content and line endings put back together give the text', () => {
    const lines = splitLines(TEXT, response());
    expect(lines.map((l) => text(l) + l.ending).join('')).toBe(TEXT);
    expect(lines.flatMap((l) => l.pieces.map(text)).join('')).toBe(TEXT.replace(/\r?\n/g, ''));
  });

  it('tells CRLF from a bare LF', () => {
    const lines = splitLines(TEXT, response());
    expect(lines.map((l) => l.ending)).toEqual(['\r\n', '\r\n', '\r\n', '\r\n', '\n']);
  });

  it('marks header lines with their header index and body lines as body', () => {
    const lines = splitLines(TEXT, response());
    expect(lines.map((l) => l.header)).toEqual([undefined, 0, 1, undefined, undefined]);
    expect(lines.map((l) => l.body)).toEqual([false, false, false, false, true]);
  });

  it('cuts a header line into name, separator and value', () => {
    const [, contentType] = splitLines(TEXT, response());
    expect(contentType?.pieces.map((p) => [p.kind ?? null, text(p)])).toEqual([
      ['header-name', 'Content-Type'],
      [null, ': '],
      ['header-value', 'application/json'],
    ]);
  });

  it('lights exactly the highlighted bytes, across part boundaries', () => {
    const lines = splitLines(TEXT, response(), { start: 9, end: 15 });
    const lit = lines.flatMap((l) => l.pieces.filter((p) => p.lit).map(text));
    expect(lit).toEqual(['200', ' ', 'OK']);
    expect(lines[0]?.endingLit).toBe(false);
  });

  it('lights a line ending that falls inside the highlighted span', () => {
    const lines = splitLines(TEXT, response(), { start: 0, end: 17 });
    expect(lines[0]?.endingLit).toBe(true);
    expect(lines[1]?.pieces.some((p) => p.lit)).toBe(false);
  });

  it('lights nothing for an empty span', () => {
    const lines = splitLines(TEXT, response(), { start: 9, end: 9 });
    expect(lines.flatMap((l) => l.pieces).some((p) => p.lit)).toBe(false);
  });

  it('shows text that did not parse as plain lines', () => {
    const raw = 'garbage\nmore';
    const lines = splitLines(raw, null);
    expect(lines.map((l) => [raw.slice(l.start, l.end), l.ending, l.pieces.length])).toEqual([
      ['garbage', '\n', 1],
      ['more', '', 1],
    ]);
  });

  it('keeps a lone CR as content, since only CRLF or LF ends a line', () => {
    const raw = 'a\rb\r\n';
    const lines = splitLines(raw, null);
    expect(lines.map((l) => [raw.slice(l.start, l.end), l.ending])).toEqual([['a\rb', '\r\n']]);
  });
});
