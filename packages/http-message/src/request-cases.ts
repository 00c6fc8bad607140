/**
 * Request cases for the shared case table: well-formed requests and each request problem.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3
 */
import type { MessageCase } from './cases.ts';

const HOST = 'Host: localhost:8081\r\n';

function req(
  name: string,
  text: string,
  problems: MessageCase['problems'],
  more: Partial<MessageCase> = {},
): MessageCase {
  return { name, kind: 'request', text, problems, ...more };
}

const json = '{"name":"김민수"}';

export const REQUEST_CASES: readonly MessageCase[] = [
  // Well-formed
  req('GET with Host', `GET /users/1 HTTP/1.1\r\n${HOST}\r\n`, [], {
    canonical: true,
    expect: {
      method: 'GET',
      target: '/users/1',
      version: 'HTTP/1.1',
      headers: [['Host', 'localhost:8081']],
      complete: true,
      messageEnd: 47,
      rest: '',
    },
  }),
  req(
    'POST with a JSON body counted in bytes',
    `POST /users HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nContent-Length: 20\r\n\r\n${json}`,
    [],
    {
      canonical: true,
      expect: { body: json, content: json, complete: true, rest: '' },
    },
  ),
  req(
    'chunked POST',
    `POST /users HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n`,
    [],
    {
      canonical: true,
      expect: {
        body: '5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n',
        content: 'hello world',
        complete: true,
        rest: '',
      },
    },
  ),
  req(
    'chunk size in bytes, with an extension',
    `POST /a HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\n\r\n6;lang=ko\r\n한글\r\n0\r\n\r\n`,
    [],
    {
      expect: { content: '한글', complete: true },
    },
  ),
  req('OPTIONS with asterisk-form', `OPTIONS * HTTP/1.1\r\n${HOST}\r\n`, [], {
    canonical: true,
    expect: { target: '*' },
  }),
  req('CONNECT with authority-form', `CONNECT localhost:443 HTTP/1.1\r\n${HOST}\r\n`, [], {
    canonical: true,
  }),
  req(
    'DELETE with an empty value field and a query',
    `DELETE /users/1?force=true HTTP/1.1\r\n${HOST}X-Empty: \r\n\r\n`,
    [],
    {
      canonical: true,
      expect: {
        headers: [
          ['Host', 'localhost:8081'],
          ['X-Empty', ''],
        ],
      },
    },
  ),
  req(
    'Host with an IPv6 literal, OWS around the value',
    `GET / HTTP/1.1\r\nHost:\t [::1]:8081 \r\n\r\n`,
    [],
    {
      expect: { headers: [['Host', '[::1]:8081']] },
    },
  ),
  req('only line endings after the request', `GET / HTTP/1.1\r\n${HOST}\r\n\r\n`, [], {
    expect: { rest: '\r\n', complete: true },
  }),

  // The message as a whole
  req('empty text', '', ['empty-request'], { expect: { complete: false } }),
  req('only empty lines', '\r\n\r\n', ['empty-request']),
  req(
    'empty lines before the request line',
    `\r\n\r\nGET / HTTP/1.1\r\n${HOST}\r\n`,
    ['leading-empty-lines'],
    {
      expect: {
        spans: { 'leading-empty-lines': '\r\n\r\n' },
        params: { 'leading-empty-lines': { count: 2 } },
        method: 'GET',
      },
    },
  ),
  req('LF line endings', 'GET / HTTP/1.1\nHost: a\n\n', ['bare-lf'], {
    expect: {
      spans: { 'bare-lf': '\n' },
      params: { 'bare-lf': { count: 3 } },
      levels: { 'bare-lf': 'warn' },
      complete: true,
    },
  }),
  req('bare CR inside a field value', `GET / HTTP/1.1\r\n${HOST}X-A: a\rb\r\n\r\n`, ['bare-cr'], {
    expect: {
      spans: { 'bare-cr': '\r' },
      headers: [
        ['Host', 'localhost:8081'],
        ['X-A', 'a\rb'],
      ],
    },
  }),
  req('no blank line after the head', `GET / HTTP/1.1\r\n${HOST}`, ['missing-blank-line'], {
    expect: { spans: { 'missing-blank-line': 'Host: localhost:8081' }, complete: false },
  }),
  req(
    'whitespace before the first field',
    `GET / HTTP/1.1\r\n X-A: 1\r\n\tX-B: 2\r\n${HOST}\r\n`,
    ['whitespace-after-start-line', 'whitespace-after-start-line'],
    {
      expect: { spans: { 'whitespace-after-start-line': ' X-A: 1' }, headers: [['Host', 'localhost:8081']] },
    },
  ),
  req(
    'head over 16 KiB',
    `GET / HTTP/1.1\r\n${HOST}X-Big: ${'a'.repeat(17_000)}\r\n\r\n`,
    ['head-too-large'],
    {
      expect: { params: { 'head-too-large': { bytes: 17_049, limit: 16_384 } } },
    },
  ),
  req('HTTP/2 connection preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', ['http2-preface'], {
    expect: { spans: { 'http2-preface': 'PRI * HTTP/2.0' } },
  }),

  // Request line
  req('request line with a method only', `GET\r\n${HOST}\r\n`, ['invalid-request-line'], {
    expect: { spans: { 'invalid-request-line': 'GET' }, params: { 'invalid-request-line': { line: 'GET' } } },
  }),
  req('request line without a target', `GET HTTP/1.1\r\n${HOST}\r\n`, ['invalid-request-line']),
  req('two spaces after the method', `GET  / HTTP/1.1\r\n${HOST}\r\n`, ['request-line-whitespace'], {
    expect: {
      spans: { 'request-line-whitespace': '  ' },
      levels: { 'request-line-whitespace': 'warn' },
      target: '/',
    },
  }),
  req('space after the version', `GET / HTTP/1.1 \r\n${HOST}\r\n`, ['request-line-whitespace'], {
    expect: {
      spans: { 'request-line-whitespace': ' ' },
      levels: { 'request-line-whitespace': 'bad' },
      version: 'HTTP/1.1',
    },
  }),
  req('HTAB between the parts', `GET\t/ HTTP/1.1\r\n${HOST}\r\n`, ['request-line-whitespace'], {
    expect: { spans: { 'request-line-whitespace': '\t' }, levels: { 'request-line-whitespace': 'bad' } },
  }),
  req('no HTTP version (HTTP/0.9 shape)', 'GET /users\r\n\r\n', ['http09-request'], {
    canonical: true,
    expect: {
      version: '',
      target: '/users',
      params: { 'http09-request': { method: 'GET', target: '/users' } },
    },
  }),
  req('parenthesis in the method', `GE(T / HTTP/1.1\r\n${HOST}\r\n`, ['invalid-method-token'], {
    expect: {
      spans: { 'invalid-method-token': '(' },
      params: { 'invalid-method-token': { method: 'GE(T', char: '(' } },
    },
  }),
  req('lowercase method', `get / HTTP/1.1\r\n${HOST}\r\n`, ['lowercase-method'], {
    expect: {
      spans: { 'lowercase-method': 'get' },
      params: { 'lowercase-method': { method: 'get', expected: 'GET' } },
    },
  }),
  req(
    'space inside the target',
    `GET /users?name=kim lee HTTP/1.1\r\n${HOST}\r\n`,
    ['invalid-request-target'],
    {
      expect: {
        target: '/users?name=kim lee',
        spans: { 'invalid-request-target': ' ' },
        params: { 'invalid-request-target': { target: '/users?name=kim lee', char: 'SP' } },
      },
    },
  ),
  req('angle bracket in the target', `GET /a<b HTTP/1.1\r\n${HOST}\r\n`, ['invalid-request-target'], {
    expect: { spans: { 'invalid-request-target': '<' } },
  }),
  req('broken percent-encoding', `GET /a%zz HTTP/1.1\r\n${HOST}\r\n`, ['invalid-request-target'], {
    expect: {
      spans: { 'invalid-request-target': '%' },
      params: { 'invalid-request-target': { target: '/a%zz', char: '%' } },
    },
  }),
  req('Korean path', `GET /사용자/1 HTTP/1.1\r\n${HOST}\r\n`, ['non-ascii-request-target'], {
    expect: {
      spans: { 'non-ascii-request-target': '사' },
      params: {
        'non-ascii-request-target': { target: '/사용자/1', encoded: '/%EC%82%AC%EC%9A%A9%EC%9E%90/1' },
      },
    },
  }),
  req(
    'target without a leading slash',
    `GET users/1 HTTP/1.1\r\n${HOST}\r\n`,
    ['target-missing-leading-slash'],
    {
      expect: { spans: { 'target-missing-leading-slash': 'users/1' } },
    },
  ),
  req('fragment in the target', `GET /docs#top HTTP/1.1\r\n${HOST}\r\n`, ['fragment-in-request-target'], {
    expect: {
      spans: { 'fragment-in-request-target': '#top' },
      params: { 'fragment-in-request-target': { fragment: '#top' } },
    },
  }),
  req('asterisk-form with GET', `GET * HTTP/1.1\r\n${HOST}\r\n`, ['target-form-not-allowed'], {
    expect: { params: { 'target-form-not-allowed': { form: 'asterisk', method: 'GET' } } },
  }),
  req('authority-form with GET', `GET localhost:8081 HTTP/1.1\r\n${HOST}\r\n`, ['target-form-not-allowed'], {
    expect: { params: { 'target-form-not-allowed': { form: 'authority', method: 'GET' } } },
  }),
  req('origin-form with CONNECT', `CONNECT / HTTP/1.1\r\n${HOST}\r\n`, ['target-form-not-allowed'], {
    expect: { params: { 'target-form-not-allowed': { form: 'origin', method: 'CONNECT' } } },
  }),
  req(
    'absolute-form target',
    `GET http://localhost:8081/users HTTP/1.1\r\n${HOST}\r\n`,
    ['absolute-form-target'],
    {
      canonical: true,
      expect: { spans: { 'absolute-form-target': 'http://localhost:8081/users' } },
    },
  ),
  req('lowercase protocol name', `GET / http/1.1\r\n${HOST}\r\n`, ['invalid-http-version'], {
    expect: {
      spans: { 'invalid-http-version': 'http/1.1' },
      params: { 'invalid-http-version': { version: 'http/1.1' } },
    },
  }),
  req('version without a minor number', `GET / HTTP/1\r\n${HOST}\r\n`, ['invalid-http-version']),
  req('HTTP/2.0 in an HTTP/1.1 request line', `GET / HTTP/2.0\r\n${HOST}\r\n`, ['unsupported-http-version'], {
    expect: { params: { 'unsupported-http-version': { version: 'HTTP/2.0' } } },
  }),
  req('HTTP/1.0 needs no Host', 'GET / HTTP/1.0\r\n\r\n', ['http10-request'], {
    canonical: true,
    expect: { spans: { 'http10-request': 'HTTP/1.0' } },
  }),

  // Field lines
  req(
    'field line without a colon',
    'GET / HTTP/1.1\r\nHost localhost\r\n\r\n',
    ['header-missing-colon', 'missing-host'],
    {
      expect: { spans: { 'header-missing-colon': 'Host localhost' }, headers: [] },
    },
  ),
  req('space before the colon', `GET / HTTP/1.1\r\nHost : localhost\r\n\r\n`, ['whitespace-before-colon'], {
    expect: { spans: { 'whitespace-before-colon': ' ' }, headers: [['Host', 'localhost']] },
  }),
  req('parenthesis in a field name', `GET / HTTP/1.1\r\n${HOST}X(y): z\r\n\r\n`, ['invalid-field-name'], {
    expect: {
      spans: { 'invalid-field-name': '(' },
      params: { 'invalid-field-name': { name: 'X(y)', char: '(' } },
    },
  }),
  req('field line that starts with a colon', `GET / HTTP/1.1\r\n${HOST}: x\r\n\r\n`, ['invalid-field-name'], {
    expect: { spans: { 'invalid-field-name': ':' }, headers: [['Host', 'localhost:8081']] },
  }),
  req(
    'control character in a value',
    `GET / HTTP/1.1\r\n${HOST}X-A: a\x01b\r\n\r\n`,
    ['invalid-field-value'],
    {
      expect: {
        spans: { 'invalid-field-value': '\x01' },
        params: { 'invalid-field-value': { name: 'X-A', char: '%x01' } },
      },
    },
  ),
  req(
    'Korean in a field value',
    `GET / HTTP/1.1\r\n${HOST}X-Name: 김민수\r\n\r\n`,
    ['non-ascii-field-value'],
    {
      canonical: true,
      expect: { spans: { 'non-ascii-field-value': '김민수' }, levels: { 'non-ascii-field-value': 'warn' } },
    },
  ),
  req('folded field value', `GET / HTTP/1.1\r\n${HOST}X-A: one\r\n  two\r\n\r\n`, ['obs-fold'], {
    expect: {
      spans: { 'obs-fold': '  two' },
      headers: [
        ['Host', 'localhost:8081'],
        ['X-A', 'one two'],
      ],
      params: { 'obs-fold': { name: 'X-A' } },
    },
  }),
  req('HTTP/1.1 without Host', 'GET / HTTP/1.1\r\n\r\n', ['missing-host'], {
    canonical: true,
    expect: { spans: { 'missing-host': 'GET / HTTP/1.1' } },
  }),
  req('two Host fields', `GET / HTTP/1.1\r\n${HOST}Host: example.com\r\n\r\n`, ['duplicate-host'], {
    expect: { spans: { 'duplicate-host': 'Host: example.com' }, params: { 'duplicate-host': { count: 2 } } },
  }),
  req(
    'Host with a scheme and a path',
    'GET / HTTP/1.1\r\nHost: http://localhost/\r\n\r\n',
    ['invalid-host'],
    {
      expect: { spans: { 'invalid-host': 'http://localhost/' } },
    },
  ),

  // Framing
  req(
    'Content-Length with a sign',
    `POST / HTTP/1.1\r\n${HOST}Content-Length: +2\r\n\r\nhi`,
    ['content-length-invalid'],
    {
      expect: {
        spans: { 'content-length-invalid': 'Content-Length: +2' },
        complete: false,
        body: 'hi',
        rest: '',
      },
    },
  ),
  req(
    'Content-Length twice, same value',
    `POST / HTTP/1.1\r\n${HOST}Content-Length: 2\r\nContent-Length: 2\r\n\r\nhi`,
    ['content-length-duplicate'],
    {
      expect: { body: 'hi', complete: true, params: { 'content-length-duplicate': { value: 2 } } },
    },
  ),
  req(
    'Content-Length as a list of one value',
    `POST / HTTP/1.1\r\n${HOST}Content-Length: 2, 2\r\n\r\nhi`,
    ['content-length-duplicate'],
    {
      expect: { body: 'hi', complete: true },
    },
  ),
  req(
    'Content-Length twice, different values',
    `POST / HTTP/1.1\r\n${HOST}Content-Length: 2\r\nContent-Length: 3\r\n\r\nhi!`,
    ['content-length-duplicate-differs'],
    {
      expect: {
        spans: { 'content-length-duplicate-differs': 'Content-Length: 3' },
        params: { 'content-length-duplicate-differs': { values: '2, 3' } },
      },
    },
  ),
  req(
    'Content-Length and Transfer-Encoding',
    `POST / HTTP/1.1\r\n${HOST}Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    ['content-length-and-transfer-encoding'],
    {
      expect: {
        content: '',
        complete: true,
        spans: { 'content-length-and-transfer-encoding': 'Content-Length: 3' },
      },
    },
  ),
  req(
    'body shorter than Content-Length',
    `POST / HTTP/1.1\r\n${HOST}Content-Length: 10\r\n\r\nhello`,
    ['content-length-mismatch'],
    {
      expect: {
        complete: false,
        body: 'hello',
        params: { 'content-length-mismatch': { declared: 10, actual: 5 } },
        spans: { 'content-length-mismatch': 'Content-Length: 10' },
      },
    },
  ),
  req(
    'Content-Length counting characters instead of bytes',
    `POST / HTTP/1.1\r\n${HOST}Content-Length: 2\r\n\r\n한글`,
    ['content-length-mismatch'],
    {
      expect: { complete: false, params: { 'content-length-mismatch': { declared: 2, actual: 6 } } },
    },
  ),
  req(
    'body longer than Content-Length',
    `POST / HTTP/1.1\r\n${HOST}Content-Length: 5\r\n\r\nhello world`,
    ['body-exceeds-content-length'],
    {
      expect: {
        body: 'hello',
        rest: ' world',
        complete: true,
        spans: { 'body-exceeds-content-length': ' world' },
        params: { 'body-exceeds-content-length': { declared: 5, actual: 11, extra: 6 } },
      },
    },
  ),
  req(
    'Transfer-Encoding without chunked',
    `POST / HTTP/1.1\r\n${HOST}Transfer-Encoding: gzip\r\n\r\nxx`,
    ['chunked-not-final'],
    {
      expect: { complete: false, body: 'xx', params: { 'chunked-not-final': { codings: 'gzip' } } },
    },
  ),
  req(
    'chunked named twice',
    `POST / HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    ['chunked-more-than-once'],
    { expect: { complete: false, params: { 'chunked-more-than-once': { codings: 'chunked, chunked' } } } },
  ),
  req(
    'chunk size that is not hex',
    `POST / HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\n\r\nzz\r\nhi\r\n0\r\n\r\n`,
    ['bad-chunk-size'],
    {
      expect: { spans: { 'bad-chunk-size': 'zz' }, complete: false },
    },
  ),
  req(
    'chunk size too large to represent',
    `POST / HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\n\r\nfffffffffffffffffff\r\n`,
    ['bad-chunk-size'],
  ),
  req(
    'chunk data longer than its size',
    `POST / HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n`,
    ['chunk-size-mismatch'],
    {
      expect: {
        spans: { 'chunk-size-mismatch': 'hello' },
        params: { 'chunk-size-mismatch': { declared: 3 } },
        complete: false,
      },
    },
  ),
  req(
    'chunked body without its last chunk',
    `POST / HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n`,
    ['incomplete-chunked-body'],
    {
      expect: { complete: false, content: 'hello' },
    },
  ),
  req(
    'chunked framing with LF only',
    `POST / HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\n\r\n2\nhi\n0\n\n`,
    ['bare-lf'],
    {
      expect: {
        levels: { 'bare-lf': 'bad' },
        params: { 'bare-lf': { count: 4 } },
        content: 'hi',
        complete: true,
      },
    },
  ),
  req(
    'chunked body with a trailer section',
    `POST / HTTP/1.1\r\n${HOST}Transfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\nX-Sum: 1\r\n\r\n`,
    ['chunked-trailer-fields'],
    {
      expect: { spans: { 'chunked-trailer-fields': 'X-Sum: 1\r\n' }, complete: true, content: 'hi' },
    },
  ),
  req(
    'GET with a body',
    `GET /users HTTP/1.1\r\n${HOST}Content-Length: 2\r\n\r\nhi`,
    ['body-on-get-or-head'],
    {
      canonical: true,
      expect: {
        spans: { 'body-on-get-or-head': 'hi' },
        params: { 'body-on-get-or-head': { method: 'GET' } },
      },
    },
  ),
  req(
    'POST body without Content-Length',
    `POST /users HTTP/1.1\r\n${HOST}Content-Type: application/json\r\n\r\n${json}`,
    ['body-without-content-length'],
    {
      expect: {
        body: '',
        rest: json,
        complete: true,
        params: { 'body-without-content-length': { bytes: 20 } },
      },
    },
  ),
  req(
    'two pipelined requests',
    `GET /a HTTP/1.1\r\n${HOST}\r\nGET /b HTTP/1.1\r\n${HOST}\r\n`,
    ['trailing-bytes-after-message'],
    {
      expect: {
        target: '/a',
        rest: `GET /b HTTP/1.1\r\n${HOST}\r\n`,
        spans: { 'trailing-bytes-after-message': `GET /b HTTP/1.1\r\n${HOST}\r\n` },
      },
    },
  ),
  req(
    'too many problems',
    `GET / HTTP/1.1\r\n${HOST}${'no colon here\r\n'.repeat(120)}\r\n`,
    [...Array.from({ length: 100 }, () => 'header-missing-colon' as const), 'problems-truncated'],
    { expect: { params: { 'problems-truncated': { omitted: 20 } } } },
  ),
];
