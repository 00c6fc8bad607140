/**
 * The linter's case table: raw exchanges and the note ids each must produce (and must not).
 * Expected ids are written by hand from the RFC rule each case breaks or follows.
 */
export interface LintCase {
  name: string;
  request: string;
  response?: string;
  trace?: { decision: string; passed: boolean; fact: string; status?: number }[];
  normalized?: number;
  headTerminated?: boolean;
  expect: string[];
  absent?: string[];
}

const CRLF = '\r\n';
const req = (...lines: string[]) => lines.join(CRLF);
const json = (status: string, extra: string[], body: string) =>
  req(`HTTP/1.1 ${status}`, 'Content-Type: application/json', `Content-Length: ${new TextEncoder().encode(body).length}`, ...extra, '', body);

export const LINT_CASES: LintCase[] = [
  {
    name: 'a plain GET and its 200',
    request: req('GET /users/1 HTTP/1.1', 'Host: localhost:8081', 'Accept: application/json', '', ''),
    response: json('200 OK', ['ETag: "u1-v1"', 'Vary: Accept', 'Cache-Control: public, max-age=60', 'X-Teapot-Nonsense: 1'], '{"id":1}'),
    trace: [{ decision: 'resource-exists', passed: true, fact: '/users/1 exists', status: 200 }],
    expect: ['status-200', 'why-status', 'method-get', 'response-etag-strong', 'response-cacheability', 'header-host', 'header-accept', 'header-etag', 'header-unknown'],
    absent: ['response-vary-missing', 'why-no-trace'],
  },
  {
    name: 'a Rulebook-breaking URI',
    request: req('GET /Users/ HTTP/1.1', 'Host: x', '', ''),
    expect: ['design-uri-trailing-slash', 'design-uri-uppercase', 'method-get'],
  },
  {
    name: 'CRUD verb, extension, underscore',
    request: req('GET /deleteUser/user_profile.json HTTP/1.1', 'Host: x', '', ''),
    expect: ['design-uri-crud-verb', 'design-uri-file-extension', 'design-uri-underscore'],
  },
  {
    name: 'a malformed header line and Node\'s 400 without a trace',
    request: req('GET /users/1 HTTP/1.1', 'Host: x', 'Accept application/json', '', ''),
    response: req('HTTP/1.1 400 Bad Request', 'Connection: close', '', ''),
    expect: ['syntax-header-missing-colon', 'status-400', 'why-no-trace'],
  },
  {
    name: '405 with Allow',
    request: req('PATCH /tokens HTTP/1.1', 'Host: x', '', ''),
    response: req('HTTP/1.1 405 Method Not Allowed', 'Allow: POST, OPTIONS', 'Content-Length: 0', '', ''),
    trace: [{ decision: 'method-allowed', passed: false, fact: 'PATCH ∉ {POST, OPTIONS}', status: 405 }],
    expect: ['status-405', 'response-405-allow', 'method-patch'],
    absent: ['response-405-no-allow'],
  },
  {
    name: 'the mistakes popular mock servers make',
    request: req('POST /users HTTP/1.1', 'Host: x', 'Content-Type: application/json', 'Content-Length: 2', '', '{}'),
    response: json('201 Created', [], '{"id":7}'),
    expect: ['response-201-no-location', 'status-201', 'method-post', 'response-cacheability'],
  },
  {
    name: '405 and 401 without their required headers, a redirect without Location',
    request: req('DELETE /things/1 HTTP/1.1', 'Host: x', '', ''),
    response: req('HTTP/1.1 405 Method Not Allowed', 'Content-Length: 0', '', ''),
    expect: ['response-405-no-allow', 'method-delete'],
  },
  {
    name: '401 without WWW-Authenticate',
    request: req('PUT /users/1 HTTP/1.1', 'Host: x', 'Content-Length: 0', '', ''),
    response: req('HTTP/1.1 401 Unauthorized', 'Content-Length: 0', '', ''),
    expect: ['response-401-no-www-authenticate', 'method-put'],
  },
  {
    name: 'a 301 without Location',
    request: req('GET /old HTTP/1.1', 'Host: x', '', ''),
    response: req('HTTP/1.1 301 Moved Permanently', 'Content-Length: 0', '', ''),
    expect: ['response-3xx-no-location', 'status-301'],
  },
  {
    name: '204 without a body, 304 with one',
    request: req('DELETE /users/1 HTTP/1.1', 'Host: x', '', ''),
    response: req('HTTP/1.1 204 No Content', '', ''),
    expect: ['response-no-body-ok', 'status-204'],
  },
  {
    name: 'negotiated without Vary, weak ETag, JSON sent as text/plain',
    request: req('POST /users HTTP/1.1', 'Host: x', 'Accept: text/csv', 'Content-Type: text/plain', 'Content-Length: 2', '', '{}'),
    response: req('HTTP/1.1 200 OK', 'Content-Type: text/csv', 'ETag: W/"1"', 'Content-Length: 3', '', 'a,b'),
    expect: ['response-vary-missing', 'response-etag-weak', 'request-body-looks-json'],
  },
  {
    name: 'a body without Content-Type, broken JSON, a strange Accept, an unknown method and status',
    request: req('FROB /users HTTP/1.1', 'Host: x', 'Accept: json', 'Content-Length: 5', '', 'hello'),
    response: req('HTTP/1.1 299 Whatever', 'Content-Length: 0', '', ''),
    normalized: 3,
    headTerminated: true,
    expect: ['request-head-terminated', 'method-unknown', 'status-unregistered', 'request-body-no-content-type', 'request-accept-invalid', 'request-line-endings-normalized'],
  },
  {
    name: 'invalid JSON with a JSON Content-Type',
    request: req('POST /users HTTP/1.1', 'Host: x', 'Content-Type: application/json', 'Content-Length: 6', '', '{"a":}'),
    expect: ['request-body-invalid-json'],
  },
  {
    name: 'a 304 that wrongly carries a body',
    request: req('GET /users/1 HTTP/1.1', 'Host: x', 'If-None-Match: "a"', '', ''),
    response: req('HTTP/1.1 304 Not Modified', 'ETag: "a"', '', 'oops'),
    expect: ['status-304', 'response-body-forbidden'],
  },
];
