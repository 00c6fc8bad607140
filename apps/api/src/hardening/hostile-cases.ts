/**
 * Hostile raw requests and the one right answer to each: the status, whether the server ends
 * the connection, and (checked by the suite for every case) an unchanged sandbox. Every case
 * carries the learner's token and a write, so a request that slipped through would show.
 * `{{token}}` stands for the learner's bearer token.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-11.2
 */

export interface HostileCase {
  name: string;
  /** The bytes to send, with `{{token}}` for the learner's token. */
  raw: string;
  /** Status of the first response; null when the server closes without answering. */
  status: number | null;
  connection: 'closed' | 'open';
  /** The rule the answer follows, with its section. */
  see: string;
}

const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110';
const RFC9112 = 'https://www.rfc-editor.org/rfc/rfc9112';

const HOST = 'Host: localhost:8081\r\n';
const AUTH = 'Authorization: Bearer {{token}}\r\n';
const USER = '{"name":"intruder","email":"intruder@example.com"}';
/** A write smuggled inside another request: it must never run. */
const SMUGGLED = `DELETE /users/1 HTTP/1.1\r\n${HOST}${AUTH}\r\n`;
const CHUNKED_USER = `${USER.length.toString(16)}\r\n${USER}\r\n0\r\n\r\n`;

/** POST /users with the learner's token, `fields` before the blank line, then `body`. */
function post(fields: string, body: string, start = 'POST /users HTTP/1.1'): string {
  return `${start}\r\n${HOST}${AUTH}Content-Type: application/json\r\n${fields}\r\n${body}`;
}

/** POST /users framed by Content-Length, with `fields` added. */
function postUser(fields = '', start?: string): string {
  return post(`${fields}Content-Length: ${USER.length}\r\n`, USER, start);
}

/** POST /users with a chunked body given as its raw framing. */
function postChunked(chunks: string): string {
  return post('Transfer-Encoding: chunked\r\n', chunks);
}

function hostile(
  name: string,
  raw: string,
  status: number | null,
  connection: 'closed' | 'open',
  see: string,
): HostileCase {
  return { name, raw, status, connection, see };
}

const many = (count: number) => Array.from({ length: count }, (_, i) => `X-Field-${i}: v\r\n`).join('');

export const HOSTILE_CASES = [
  // Request smuggling: two framings, or one the server cannot trust.
  hostile(
    'CL.TE: Content-Length and Transfer-Encoding',
    post(
      `Content-Length: ${`0\r\n\r\n${SMUGGLED}`.length}\r\nTransfer-Encoding: chunked\r\n`,
      `0\r\n\r\n${SMUGGLED}`,
    ),
    400,
    'closed',
    `${RFC9112}#section-6.1`,
  ),
  hostile(
    'TE.CL: Transfer-Encoding before Content-Length',
    post(
      'Transfer-Encoding: chunked\r\nContent-Length: 4\r\n',
      `${SMUGGLED.length.toString(16)}\r\n${SMUGGLED}\r\n0\r\n\r\n`,
    ),
    400,
    'closed',
    `${RFC9112}#section-6.1`,
  ),
  hostile(
    'Transfer-Encoding: xchunked',
    post('Transfer-Encoding: xchunked\r\n', CHUNKED_USER),
    400,
    'closed',
    `${RFC9112}#section-6.3`,
  ),
  hostile(
    'Transfer-Encoding with chunked not last',
    post('Transfer-Encoding: chunked, gzip\r\n', CHUNKED_USER),
    400,
    'closed',
    `${RFC9112}#section-6.3`,
  ),
  hostile(
    'Transfer-Encoding twice (chunked, then identity)',
    post('Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n', CHUNKED_USER),
    400,
    'closed',
    `${RFC9112}#section-6.3`,
  ),
  hostile(
    'Transfer-Encoding with a space before the colon',
    post(`Transfer-Encoding : chunked\r\nContent-Length: ${USER.length}\r\n`, USER),
    400,
    'closed',
    `${RFC9112}#section-5.1`,
  ),

  // Content-Length that cannot be trusted.
  hostile(
    'Content-Length twice, same value',
    postUser(`Content-Length: ${USER.length}\r\n`),
    400,
    'closed',
    `${RFC9110}#section-8.6`,
  ),
  hostile(
    'Content-Length twice, different values',
    post(`Content-Length: ${USER.length}\r\nContent-Length: 5\r\n`, USER),
    400,
    'closed',
    `${RFC9112}#section-6.3`,
  ),
  hostile(
    'Content-Length as a list',
    post(`Content-Length: ${USER.length}, ${USER.length}\r\n`, USER),
    400,
    'closed',
    `${RFC9110}#section-8.6`,
  ),
  hostile(
    'Content-Length negative',
    post('Content-Length: -1\r\n', USER),
    400,
    'closed',
    `${RFC9110}#section-8.6`,
  ),
  hostile(
    'Content-Length with a plus sign',
    post(`Content-Length: +${USER.length}\r\n`, USER),
    400,
    'closed',
    `${RFC9110}#section-8.6`,
  ),
  hostile(
    'Content-Length in hex',
    post(`Content-Length: 0x${USER.length.toString(16)}\r\n`, USER),
    400,
    'closed',
    `${RFC9110}#section-8.6`,
  ),
  hostile(
    'Content-Length beyond 64 bits',
    post('Content-Length: 99999999999999999999999\r\n', USER),
    400,
    'closed',
    `${RFC9110}#section-8.6`,
  ),
  hostile(
    'Content-Length empty',
    post('Content-Length: \r\n', USER),
    400,
    'closed',
    `${RFC9110}#section-8.6`,
  ),

  // Chunk sizes.
  hostile(
    'chunk size not hex',
    postChunked(`zz\r\n${USER}\r\n0\r\n\r\n`),
    400,
    'closed',
    `${RFC9112}#section-7.1`,
  ),
  hostile(
    'chunk size negative',
    postChunked(`-1\r\n${USER}\r\n0\r\n\r\n`),
    400,
    'closed',
    `${RFC9112}#section-7.1`,
  ),
  hostile(
    'chunk size overflowing 64 bits',
    postChunked(`1${'0'.repeat(16)}\r\n${USER}\r\n0\r\n\r\n`),
    400,
    'closed',
    `${RFC9112}#section-7.1`,
  ),
  hostile(
    'chunk shorter than its data (smuggled rest)',
    postChunked(`2\r\n${USER}\r\n0\r\n\r\n`),
    400,
    'closed',
    `${RFC9112}#section-7.1`,
  ),
  hostile(
    'chunk size ended by a bare LF',
    postChunked(`${USER.length.toString(16)}\n${USER}\r\n0\r\n\r\n`),
    400,
    'closed',
    `${RFC9112}#section-7.1`,
  ),
  hostile(
    'chunk size with trailing space',
    postChunked(`${USER.length.toString(16)} \r\n${USER}\r\n0\r\n\r\n`),
    400,
    'closed',
    `${RFC9112}#section-7.1`,
  ),

  // Line endings and folding.
  hostile(
    'obs-fold continuation line',
    postUser('X-Note: a\r\n  folded\r\n'),
    400,
    'closed',
    `${RFC9112}#section-5.2`,
  ),
  hostile(
    'bare CR ending the request line',
    postUser().replace('HTTP/1.1\r\n', 'HTTP/1.1\r'),
    400,
    'closed',
    `${RFC9112}#section-2.2`,
  ),
  hostile(
    'bare CR inside a field value',
    postUser('X-Note: a\rb\r\n'),
    400,
    'closed',
    `${RFC9112}#section-2.2`,
  ),
  hostile(
    'bare LF line endings throughout',
    postUser().replaceAll('\r\n', '\n'),
    400,
    'closed',
    `${RFC9112}#section-2.2`,
  ),
  hostile('bare LF after one field', postUser('X-Note: a\n'), 400, 'closed', `${RFC9112}#section-2.2`),

  // Control characters.
  hostile('NUL in a field value', postUser('X-Note: a\x00b\r\n'), 400, 'closed', `${RFC9110}#section-5.5`),
  hostile(
    'control character in the target',
    postUser('', 'POST /users\x01 HTTP/1.1'),
    400,
    'closed',
    `${RFC9112}#section-3.2`,
  ),
  hostile('DEL in a field name', postUser('X-No\x7fte: a\r\n'), 400, 'closed', `${RFC9110}#section-5.1`),
  hostile('lowercase method', postUser('', 'post /users HTTP/1.1'), 400, 'closed', `${RFC9110}#section-9.1`),

  // Sizes: the head is bounded (16 KB, 100 fields). Node counts the request line in the 16 KB
  // and answers 431; RFC 9112 asks for 414 when the target is what is too long.
  hostile(
    'request line over 16 KB',
    postUser('', `POST /users?pad=${'a'.repeat(17 * 1024)} HTTP/1.1`),
    431,
    'closed',
    `${RFC9112}#section-3`,
  ),
  hostile(
    '101 field lines',
    postUser(many(101 - 4)),
    431,
    'closed',
    'https://www.rfc-editor.org/rfc/rfc6585#section-5',
  ),
  hostile(
    '2,000 field lines',
    postUser(many(2_000)),
    431,
    'closed',
    'https://www.rfc-editor.org/rfc/rfc6585#section-5',
  ),
  hostile(
    'one 17 KB field',
    postUser(`X-Big: ${'a'.repeat(17 * 1024)}\r\n`),
    431,
    'closed',
    'https://www.rfc-editor.org/rfc/rfc6585#section-5',
  ),

  // Bodies that never arrive: cut off by requestTimeout with 408.
  hostile(
    'body shorter than Content-Length',
    post(`Content-Length: ${USER.length + 10}\r\n`, USER),
    408,
    'closed',
    `${RFC9110}#section-15.5.9`,
  ),
  hostile(
    'chunked body without its last chunk',
    postChunked(`${USER.length.toString(16)}\r\n${USER}\r\n`),
    408,
    'closed',
    `${RFC9110}#section-15.5.9`,
  ),

  // RFC 9112 §9.6: after a request with Connection: close the server answers it, closes, and
  // ignores what follows. Node's parser errors on the extra bytes; the server's clientError
  // handler lets the first response finish instead of replacing it with a 400.
  hostile(
    'bytes after Connection: close',
    `GET /users/1 HTTP/1.1\r\n${HOST}${AUTH}Connection: close\r\n\r\n${postUser()}`,
    200,
    'closed',
    `${RFC9112}#section-9.6`,
  ),
  hostile('HTTP/0.9 simple request', 'GET /users\r\n\r\n', 505, 'closed', `${RFC9110}#section-15.6.6`),
  hostile(
    'HTTP/0.9 version with fields',
    postUser('', 'POST /users HTTP/0.9'),
    505,
    'closed',
    `${RFC9110}#section-15.6.6`,
  ),
  hostile(
    'HTTP/2 connection preface',
    `PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n${postUser()}`,
    400,
    'closed',
    'https://www.rfc-editor.org/rfc/rfc9113#section-3.4',
  ),
  hostile(
    'HTTP/2.0 in a text request line',
    postUser('', 'POST /users HTTP/2.0'),
    505,
    'closed',
    `${RFC9110}#section-15.6.6`,
  ),

  // Host: exactly one, not empty, whatever the version ("any request message").
  hostile('Host twice', postUser('Host: evil.example\r\n'), 400, 'closed', `${RFC9112}#section-3.2`),
  hostile(
    'Host twice in HTTP/1.0',
    postUser('Host: evil.example\r\n', 'POST /users HTTP/1.0'),
    400,
    'closed',
    `${RFC9112}#section-3.2`,
  ),
  hostile('Host empty', postUser().replace(HOST, 'Host:\r\n'), 400, 'closed', `${RFC9112}#section-3.2`),
  hostile(
    'Host only whitespace',
    postUser().replace(HOST, 'Host:   \r\n'),
    400,
    'closed',
    `${RFC9112}#section-3.2`,
  ),
  hostile('Host missing in HTTP/1.1', postUser().replace(HOST, ''), 400, 'closed', `${RFC9112}#section-3.2`),

  // Content past the mock API's 4,096-byte limit: refused as soon as the limit is passed, without
  // waiting for the rest, and the connection ends because the rest was never read.
  hostile(
    'chunked content past the body limit',
    postChunked(`1400\r\n${'x'.repeat(0x1400)}\r\n0\r\n\r\n`),
    413,
    'closed',
    `${RFC9110}#section-15.5.14`,
  ),
  hostile(
    'endless chunked content (no last chunk ever)',
    postChunked(`2000\r\n${'x'.repeat(0x2000)}\r\n2000\r\n${'x'.repeat(0x1000)}`),
    413,
    'closed',
    `${RFC9110}#section-15.5.14`,
  ),
  hostile(
    'backslash in the path',
    postUser('', 'POST /users\\..\\users HTTP/1.1'),
    400,
    'closed',
    `${RFC9112}#section-3.2`,
  ),
] as const satisfies readonly HostileCase[];

/**
 * The control: the same write, well formed. It must change the sandbox (or the suite's
 * "unchanged" check proves nothing) and keep the connection open.
 */
export const CONTROL_REQUEST = postUser();
