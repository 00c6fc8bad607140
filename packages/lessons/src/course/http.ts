/**
 * Builds the raw requests of lessons the way a learner types them: LF line endings (the
 * playground sends CRLF), `Host` right after the request line, and a `Content-Length`
 * that counts the body's UTF-8 bytes.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-6.2
 */
export const MOCK_HOST = 'localhost:8081';
export const AUTH = 'Authorization: Bearer {{token}}';
export const JSON_ACCEPT = 'Accept: application/json';

const encoder = new TextEncoder();

/**
 * @example http('GET /users/1 HTTP/1.1', [JSON_ACCEPT]) // 'GET /users/1 HTTP/1.1\nHost: localhost:8081\nAccept: application/json\n\n'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
export function http(requestLine: string, headers: readonly string[] = [], body?: string): string {
  const lines = [requestLine, `Host: ${MOCK_HOST}`, ...headers];
  if (body !== undefined) lines.push(`Content-Length: ${encoder.encode(body).byteLength}`);
  return `${lines.join('\n')}\n\n${body ?? ''}`;
}

/**
 * A raw response for a spot-the-bug exercise, with a `Content-Length` that matches its body.
 * @example rawResponse('HTTP/1.1 204 No Content', []) // 'HTTP/1.1 204 No Content\n\n'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-4
 */
export function rawResponse(statusLine: string, headers: readonly string[], body?: string): string {
  const lines = [statusLine, ...headers];
  if (body !== undefined) lines.push(`Content-Length: ${encoder.encode(body).byteLength}`);
  return `${lines.join('\n')}\n\n${body ?? ''}`;
}
