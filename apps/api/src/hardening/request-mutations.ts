/**
 * Mutated requests for comparing parsers: well-formed requests, each changed by a few edits a
 * careless or hostile client makes, from the mutations in `@teapot/http-message/fuzz`.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
import type fc from 'fast-check';
import { mutated } from '@teapot/http-message/fuzz';

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

/**
 * A valid request changed by one to three edits, with the mutations the parser's own fuzz
 * tests use (see `@teapot/http-message/fuzz`).
 *
 * @example fc.sample(mutatedRequest, 1)[0] // 'GET /users/1 HTTP/1.1\r\nHo\x00st: ...'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
export const mutatedRequest: fc.Arbitrary<string> = mutated(VALID_REQUESTS);
