import { describe, expect, it } from 'vitest';
import { normalizeLineEndings } from './normalize.ts';
import { parseRequest } from './parse-request.ts';

describe('normalizeLineEndings', () => {
  it('turns the LFs of the head into CRLF', () => {
    expect(normalizeLineEndings('GET / HTTP/1.1\nHost: a\n\n')).toEqual({
      text: 'GET / HTTP/1.1\r\nHost: a\r\n\r\n',
      changed: true,
      count: 3,
    });
  });

  it('leaves a CRLF text alone', () => {
    const text = 'GET / HTTP/1.1\r\nHost: a\r\n\r\n';
    expect(normalizeLineEndings(text)).toEqual({ text, changed: false, count: 0 });
  });

  it('fixes only the LFs that lack a CR', () => {
    expect(normalizeLineEndings('GET / HTTP/1.1\r\nHost: a\n\r\n')).toEqual({
      text: 'GET / HTTP/1.1\r\nHost: a\r\n\r\n',
      changed: true,
      count: 1,
    });
  });

  it('keeps the LFs of a Content-Length body as typed', () => {
    const result = normalizeLineEndings('POST /users HTTP/1.1\nHost: a\nContent-Length: 9\n\n{\n"a":1\n}');
    expect(result.text).toBe('POST /users HTTP/1.1\r\nHost: a\r\nContent-Length: 9\r\n\r\n{\n"a":1\n}');
    expect(result.count).toBe(4);
    expect(parseRequest(result.text).problems).toEqual([]);
  });

  it('fixes the chunked framing but not the chunk data', () => {
    const result = normalizeLineEndings(
      'POST / HTTP/1.1\nHost: a\nTransfer-Encoding: chunked\n\n3\na\nb\n0\n\n',
    );
    expect(result.text).toBe(
      'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\na\nb\r\n0\r\n\r\n',
    );
    expect(result.count).toBe(8);
    const request = parseRequest(result.text);
    expect(request.content).toBe('a\nb');
    expect(request.problems).toEqual([]);
  });

  it('fixes leading empty lines and a head without its blank line', () => {
    expect(normalizeLineEndings('\nGET / HTTP/1.1\nHost: a\n').text).toBe(
      '\r\nGET / HTTP/1.1\r\nHost: a\r\n',
    );
  });

  it('leaves the bytes after the first message alone', () => {
    const text = 'GET /a HTTP/1.1\nHost: a\n\nGET /b HTTP/1.1\nHost: a\n\n';
    expect(normalizeLineEndings(text).text).toBe(
      'GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\nHost: a\n\n',
    );
  });

  it('leaves bare CRs alone', () => {
    expect(normalizeLineEndings('GET / HTTP/1.1\r\nX: a\rb\r\n\r\n').changed).toBe(false);
  });
});
