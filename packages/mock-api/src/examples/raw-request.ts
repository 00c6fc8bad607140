/** Writes raw HTTP/1.1 request text for the catalog: CRLF lines, Host, and a correct Content-Length. */

const encoder = new TextEncoder();

/** The placeholder a learner's token replaces. */
export const TOKEN = '{{token}}';
export const AUTH = `Authorization: Bearer ${TOKEN}`;
export const JSON_TYPE = 'Content-Type: application/json';

/**
 * Builds a raw request. With a body, Content-Length is its UTF-8 byte length.
 * @example rawRequest('GET', '/users/1', ['Accept: application/json'])
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3
 */
export function rawRequest(
  method: string,
  target: string,
  headers: readonly string[] = [],
  body?: string,
): string {
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: localhost:8081', ...headers];
  if (body !== undefined) lines.push(`Content-Length: ${encoder.encode(body).byteLength}`);
  return `${lines.join('\r\n')}\r\n\r\n${body ?? ''}`;
}
