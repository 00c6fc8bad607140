/**
 * Looking up header fields by name. Field names are case-insensitive.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.1
 */
import type { HeaderField } from './types.ts';

interface HasHeaders {
  headers: readonly HeaderField[];
}

/**
 * Whether a field has this (lowercased) name. Lowercasing keeps a string's length except for
 * U+0130 (İ → i̇), so a name of another length is told apart without making a lowercase copy.
 */
function named(field: HeaderField, wanted: string): boolean {
  const name = field.name;
  if (name.length !== wanted.length && !name.includes('\u0130')) return false;
  return name.toLowerCase() === wanted;
}

/**
 * Every field with this name, in the order they appear.
 *
 * @example getHeaders(parseRequest('GET / HTTP/1.1\r\nHost: a\r\n\r\n'), 'host').length // 1
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.3
 */
export function getHeaders(message: HasHeaders, name: string): HeaderField[] {
  const wanted = name.toLowerCase();
  return message.headers.filter((field) => named(field, wanted));
}

/**
 * The first field with this name, or `undefined`.
 *
 * @example getHeader(parseRequest('GET / HTTP/1.1\r\nHost: a\r\n\r\n'), 'HOST')?.value // 'a'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.1
 */
export function getHeader(message: HasHeaders, name: string): HeaderField | undefined {
  const wanted = name.toLowerCase();
  return message.headers.find((field) => named(field, wanted));
}
