/**
 * Mutated requests for comparing parsers: well-formed requests, each changed by a few edits a
 * careless or hostile client makes (stray CR, LF, SP, HTAB, colon or control character; a line
 * duplicated, dropped or re-ended; Content-Length edited; a field added; the text cut short).
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
import fc from 'fast-check';

const HOST = 'Host: localhost:8081\r\n';
const USER = '{"name":"민지","email":"minji@example.com"}';
const USER_BYTES = new TextEncoder().encode(USER).byteLength;

export const VALID_REQUESTS = [
  `GET /users/1 HTTP/1.1\r\n${HOST}Accept: application/json\r\n\r\n`,
  `GET /users?page=2 HTTP/1.1\r\n${HOST}If-None-Match: "v1", W/"v2"\r\nAccept-Language: ko, en;q=0.5\r\n\r\n`,
  `HEAD /users HTTP/1.1\r\n${HOST}\r\n`,
  `OPTIONS /users HTTP/1.1\r\n${HOST}\r\n`,
  `POST /users HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nContent-Length: ${USER_BYTES}\r\n\r\n${USER}`,
  `PUT /users/1 HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${USER_BYTES.toString(16)}\r\n${USER}\r\n0\r\n\r\n`,
  `DELETE /users/2 HTTP/1.1\r\n${HOST}Authorization: Bearer abc-123\r\n\r\n`,
  `GET /users/1 HTTP/1.0\r\n\r\n`,
] as const satisfies readonly string[];

const CHARS = [
  '\r',
  '\n',
  '\r\n',
  ' ',
  '\t',
  ':',
  ',',
  ';',
  '"',
  '/',
  '\x00',
  '\x01',
  '\x0b',
  '\x1f',
  '\x7f',
  'é',
] as const;
const LENGTHS = ['0', '1', '-1', '+1', '', '1e3', '0x1', '99999999999999999999', '1, 1', '5 5'] as const;
const FIELDS = [
  'Content-Length: 2',
  'Content-Length: 0',
  'Transfer-Encoding: chunked',
  'Transfer-Encoding: gzip',
  'Host: other',
  'Host:',
  'Connection: close',
  'Expect: 100-continue',
  'X-Empty:',
] as const;

type Edit = (text: string) => string;
const lines = (text: string) => text.split('\r\n');
const pick = <T>(items: readonly T[], at: number): T | undefined => items[at % items.length];

const EDITS: fc.Arbitrary<Edit>[] = [
  fc.tuple(fc.constantFrom(...CHARS), fc.nat()).map(([char, at]) => (text: string) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + char + text.slice(i);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 })).map(([at, n]) => (text: string) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + text.slice(i + n);
  }),
  fc.nat().map((at) => (text: string) => {
    const all = lines(text);
    const i = at % all.length;
    all.splice(i, 0, all[i] ?? '');
    return all.join('\r\n');
  }),
  fc.nat().map((at) => (text: string) => {
    const all = lines(text);
    all.splice(at % all.length, 1);
    return all.join('\r\n');
  }),
  fc.tuple(fc.nat(), fc.constantFrom('\n', '\r', '\n\r', '\r\r\n')).map(([at, ending]) => (text: string) => {
    const all = lines(text);
    const i = at % Math.max(1, all.length - 1);
    return all.slice(0, i + 1).join('\r\n') + ending + all.slice(i + 1).join('\r\n');
  }),
  fc
    .constantFrom(...LENGTHS)
    .map((value) => (text: string) => text.replace(/(\r\nContent-Length:) *\d+/i, `$1 ${value}`)),
  fc.nat().map((at) => (text: string) => text.replace('\r\n', `\r\n${pick(FIELDS, at) ?? ''}\r\n`)),
  fc.nat().map((at) => (text: string) => text.slice(0, at % (text.length + 1))),
];

/**
 * A valid request changed by one to three edits.
 *
 * @example fc.sample(mutatedRequest, 1)[0] // 'GET /users/1 HTTP/1.1\r\nHo\x00st: ...'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
export const mutatedRequest: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...VALID_REQUESTS), fc.array(fc.oneof(...EDITS), { minLength: 1, maxLength: 3 }))
  .map(([request, edits]) => edits.reduce<string>((text, edit) => edit(text), request));
