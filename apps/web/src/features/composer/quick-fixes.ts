/**
 * Quick fixes the editor offers for a request's problems. Each one returns the smallest
 * text change, so the editor can apply it (and undo it) like any other edit.
 */
import { byteLength } from '@teapot/http-message';
import { findHeader, readRawRequest, upsertHeader } from '../../lib/raw-request.ts';

export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

/**
 * The smallest single change that turns `before` into `after`.
 * @example textChange('ab', 'aXb') // { from: 1, to: 1, insert: 'X' }
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
export function textChange(before: string, after: string): TextChange {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

/**
 * The body's length in bytes as it will be sent: UTF-8, everything after the blank line
 * (the playground adds CRs to the head only, so the body's bytes are the ones typed).
 * @example bodyBytes('POST / HTTP/1.1\nHost: a\n\n{"name":"김"}') // 14
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.6
 */
export function bodyBytes(text: string): number {
  return byteLength(readRawRequest(text).body);
}

/**
 * Adds a Host line (HTTP/1.1 requires exactly one).
 * @example addHostFix('GET / HTTP/1.1\n\n', 'localhost:8081') // inserts '\nHost: localhost:8081'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3.2
 */
export function addHostFix(text: string, host: string): TextChange {
  return textChange(text, upsertHeader(text, 'Host', host));
}

/**
 * Sets Content-Length to the body's real length in bytes (adding the header when missing).
 * @example contentLengthFix('POST / HTTP/1.1\nContent-Length: 1\n\nabc') // Content-Length: 3
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.6
 */
export function contentLengthFix(text: string): TextChange {
  return textChange(text, upsertHeader(text, 'Content-Length', String(bodyBytes(text))));
}

/**
 * True when the body parses as a JSON object or array.
 * @example looksLikeJson('{"a":1}') // true
 * @see https://www.rfc-editor.org/rfc/rfc8259#section-2
 */
export function looksLikeJson(body: string): boolean {
  const t = body.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

/**
 * A request whose body is JSON but that declares no Content-Type: the server has to guess.
 * @example missingJsonContentType('POST / HTTP/1.1\nHost: a\n\n{}') // true
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.3
 */
export function missingJsonContentType(text: string): boolean {
  return findHeader(text, 'Content-Type') === -1 && looksLikeJson(readRawRequest(text).body);
}

/**
 * Declares the JSON body's media type.
 * @example jsonContentTypeFix('POST / HTTP/1.1\nHost: a\n\n{}') // inserts '\nContent-Type: application/json'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.3
 */
export function jsonContentTypeFix(text: string): TextChange {
  return textChange(text, upsertHeader(text, 'Content-Type', 'application/json'));
}
