/**
 * Well-formed messages the fuzzers start from. Each one parses without a single problem
 * (samples.test.ts checks it), so every problem a mutant gets comes from its mutation.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */

const HOST = 'Host: localhost:8081\r\n';
const JSON_BODY = '{"name":"김민수","email":"minsu@example.com"}';
// Content-Length counts bytes: the Korean name is three bytes a character in UTF-8.
const JSON_BYTES = new TextEncoder().encode(JSON_BODY).byteLength;

export const REQUEST_SAMPLES = [
  `GET /users/1 HTTP/1.1\r\n${HOST}Accept: application/json\r\n\r\n`,
  `GET /users?page=2&limit=5 HTTP/1.1\r\n${HOST}If-None-Match: "abc"\r\nUser-Agent: fuzz/1\r\n\r\n`,
  `HEAD /users/1 HTTP/1.1\r\n${HOST}\r\n`,
  `OPTIONS * HTTP/1.1\r\n${HOST}\r\n`,
  `POST /users HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nContent-Length: ${JSON_BYTES}\r\n\r\n${JSON_BODY}`,
  `PUT /users/1/favorites/son HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\n2\r\n1}\r\n0\r\n\r\n`,
  `PATCH /users/1 HTTP/1.1\r\n${HOST}Content-Type: application/merge-patch+json\r\nContent-Length: 12\r\n\r\n{"name":"x"}`,
  `DELETE /users/2 HTTP/1.1\r\n${HOST}Authorization: Bearer abc.def-1\r\n\r\n`,
  `GET /users/1 HTTP/1.0\r\n\r\n`,
] as const satisfies readonly string[];

export const RESPONSE_SAMPLES = [
  'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
  'HTTP/1.1 201 Created\r\nLocation: /users/13\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 204 No Content\r\nETag: "x"\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-T: 1\r\n\r\n',
  'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 3\r\n\r\nnot',
  'HTTP/1.1 301 Moved Permanently\r\nLocation: /members/1\r\nContent-Length: 0\r\n\r\n',
] as const satisfies readonly string[];
