/**
 * Response cases for the shared case table: the framing rules and each response problem.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-4
 */
import type { MessageCase } from './cases.ts';

function res(
  name: string,
  text: string,
  problems: MessageCase['problems'],
  more: Partial<MessageCase> = {},
): MessageCase {
  return { name, kind: 'response', text, problems, ...more };
}

const DATE = 'Date: Fri, 21 Nov 2025 10:00:00 GMT\r\n';
const problem = '{"type":"about:blank","title":"Not Found","status":404}';

export const RESPONSE_CASES: readonly MessageCase[] = [
  // Well-formed
  res(
    '200 with Content-Length',
    `HTTP/1.1 200 OK\r\n${DATE}Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello`,
    [],
    {
      canonical: true,
      expect: { status: 200, reason: 'OK', version: 'HTTP/1.1', body: 'hello', complete: true, rest: '' },
    },
  ),
  res(
    '404 problem+json',
    `HTTP/1.1 404 Not Found\r\nContent-Type: application/problem+json\r\nContent-Length: 55\r\n\r\n${problem}`,
    [],
    {
      canonical: true,
      expect: { status: 404, body: problem, complete: true },
    },
  ),
  res(
    'chunked 200',
    'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n',
    [],
    {
      canonical: true,
      expect: { content: 'Wikipedia', complete: true },
    },
  ),
  res(
    'chunked 200, last chunk still to come',
    'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n',
    ['incomplete-chunked-body'],
    {
      expect: { content: 'Wiki', complete: false },
    },
  ),
  res('204 has no body', 'HTTP/1.1 204 No Content\r\n\r\n', [], {
    canonical: true,
    expect: { complete: true, body: '', messageEnd: 27 },
  }),
  res(
    '304 has no body even with Content-Length',
    'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\nContent-Length: 42\r\n\r\n',
    [],
    {
      canonical: true,
      expect: { complete: true, body: '' },
    },
  ),
  res('response to HEAD has no body', 'HTTP/1.1 200 OK\r\nContent-Length: 120\r\n\r\n', [], {
    canonical: true,
    options: { requestMethod: 'HEAD' },
    expect: { complete: true, body: '' },
  }),
  res('2xx to CONNECT starts a tunnel', 'HTTP/1.1 200 Connection Established\r\n\r\n', [], {
    options: { requestMethod: 'CONNECT' },
    expect: { complete: true, body: '' },
  }),
  res('empty reason phrase after the space', 'HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n', [], {
    canonical: true,
    expect: { reason: '' },
  }),
  res(
    '101 is final, what follows is another protocol',
    'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n\x81\x05hello',
    [],
    {
      expect: { status: 101, complete: true, rest: '\x81\x05hello' },
    },
  ),

  // Read until close
  res('no framing, connection still open', 'HTTP/1.0 200 OK\r\n\r\nhello', ['read-until-close'], {
    expect: { complete: false, body: 'hello', spans: { 'read-until-close': 'HTTP/1.0 200 OK' } },
  }),
  res('no framing, connection closed', 'HTTP/1.0 200 OK\r\n\r\nhello', ['read-until-close'], {
    options: { closed: true },
    expect: { complete: true, body: 'hello' },
  }),

  // Status line
  res('nothing received', '', ['empty-response']),
  res('status line without a status code', 'HTTP/1.1\r\n\r\n', ['invalid-status-line']),
  res('not HTTP at all', 'hello\r\n\r\n', ['invalid-status-line'], {
    expect: { spans: { 'invalid-status-line': 'hello' } },
  }),
  res('four-digit status code', 'HTTP/1.1 2000 OK\r\nContent-Length: 0\r\n\r\n', ['invalid-status-code'], {
    expect: { spans: { 'invalid-status-code': '2000' }, params: { 'invalid-status-code': { code: '2000' } } },
  }),
  res('status code out of range', 'HTTP/1.1 999 Odd\r\nContent-Length: 0\r\n\r\n', ['invalid-status-code'], {
    expect: { status: 999 },
  }),
  res(
    'HTTP/2 is not an HTTP-version',
    'HTTP/2 200 OK\r\nContent-Length: 0\r\n\r\n',
    ['invalid-http-version'],
    {
      expect: { spans: { 'invalid-http-version': 'HTTP/2' }, status: 200 },
    },
  ),
  res(
    'status code without the space after it',
    'HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n',
    ['status-line-missing-space'],
    {
      expect: { status: 200, reason: '' },
    },
  ),
  res(
    'control character in the reason phrase',
    'HTTP/1.1 200 O\x00K\r\nContent-Length: 0\r\n\r\n',
    ['invalid-reason-phrase'],
    {
      expect: {
        spans: { 'invalid-reason-phrase': '\x00' },
        params: { 'invalid-reason-phrase': { char: '%x00' } },
      },
    },
  ),
  res(
    '100 Continue before the final response',
    'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nLocation: /users/7\r\nContent-Length: 0\r\n\r\n',
    ['interim-response'],
    {
      canonical: true,
      expect: {
        status: 201,
        interim: [100],
        complete: true,
        spans: { 'interim-response': 'HTTP/1.1 100 Continue' },
        params: { 'interim-response': { status: 100 } },
      },
    },
  ),
  res(
    '100 Continue and nothing after it yet',
    'HTTP/1.1 100 Continue\r\n\r\n',
    ['interim-response', 'empty-response'],
    {
      expect: { complete: false, interim: [100] },
    },
  ),

  // Framing
  res(
    'Content-Length on a 204',
    'HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n',
    ['framing-header-on-1xx-or-204'],
    {
      expect: { params: { 'framing-header-on-1xx-or-204': { name: 'Content-Length', status: 204 } } },
    },
  ),
  res('bytes after a 204', 'HTTP/1.1 204 No Content\r\n\r\noops', ['trailing-bytes-after-message'], {
    expect: {
      rest: 'oops',
      spans: { 'trailing-bytes-after-message': 'oops' },
      params: { 'trailing-bytes-after-message': { bytes: 4 } },
    },
  }),
  res(
    'Transfer-Encoding without chunked reads until close',
    'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nxyz',
    ['read-until-close'],
    {
      options: { closed: true },
      expect: { complete: true, body: 'xyz' },
    },
  ),
  res(
    'invalid Content-Length reads until close',
    'HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nxyz',
    ['content-length-invalid'],
    {
      expect: { complete: false, body: 'xyz' },
    },
  ),
  res('response cut short', 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhel', ['content-length-mismatch'], {
    expect: { complete: false, params: { 'content-length-mismatch': { declared: 10, actual: 3 } } },
  }),
];
