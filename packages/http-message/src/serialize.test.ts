import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse-request.ts';
import { parseResponse } from './parse-response.ts';
import { serialize } from './serialize.ts';

describe('serialize', () => {
  it('writes a request built by hand', () => {
    const text = serialize({
      kind: 'request',
      requestLine: { method: 'POST', target: '/users', version: 'HTTP/1.1' },
      headers: [
        { name: 'Host', value: 'localhost' },
        { name: 'Content-Length', value: '2' },
      ],
      body: '{}',
    });
    expect(text).toBe('POST /users HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}');
  });

  it('writes a response with an empty reason phrase', () => {
    const text = serialize({
      kind: 'response',
      statusLine: { version: 'HTTP/1.1', status: 204, reason: '' },
      headers: [],
      body: '',
    });
    expect(text).toBe('HTTP/1.1 204 \r\n\r\n');
  });

  it('writes canonical field lines: one SP after the colon, no OWS at the end', () => {
    expect(serialize(parseRequest('GET / HTTP/1.1\r\nHost:localhost  \r\n\r\n'))).toBe(
      'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n',
    );
  });

  it('writes LF line endings when asked', () => {
    expect(serialize(parseRequest('GET / HTTP/1.1\r\nHost: a\r\n\r\n'), { lineEnding: '\n' })).toBe(
      'GET / HTTP/1.1\nHost: a\n\n',
    );
  });

  it('writes CRLF by default even for a message parsed from LF text', () => {
    expect(serialize(parseRequest('GET / HTTP/1.1\nHost: a\n\n'))).toBe('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
  });

  it('keeps the chunked framing of the body', () => {
    const text = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n';
    expect(serialize(parseResponse(text))).toBe(text);
  });

  it('writes interim responses first', () => {
    const text = 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n';
    expect(serialize(parseResponse(text))).toBe(text);
  });

  it('writes a message without a start line as fields only', () => {
    expect(
      serialize({ kind: 'request', requestLine: null, headers: [{ name: 'A', value: '1' }], body: '' }),
    ).toBe('A: 1\r\n\r\n');
  });
});
