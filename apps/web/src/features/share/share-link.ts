/**
 * Share links: the request text travels in the URL fragment (never sent to any server),
 * base64url-encoded, with credentials replaced by a `{{token}}` placeholder.
 */
import { decodeBase64Url, encodeBase64Url } from '../../lib/base64url.ts';
import { readRawRequest, setHeaderAt } from '../../lib/raw-request.ts';

const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization']);
export const TOKEN_PLACEHOLDER = '{{token}}';

/**
 * Replaces the credentials of Authorization and Proxy-Authorization with `{{token}}`,
 * keeping the scheme, so a link never carries anyone's token.
 * @example stripCredentials('GET / HTTP/1.1\nAuthorization: Bearer abc\n\n') // '...Authorization: Bearer {{token}}...'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-11.6.2
 */
export function stripCredentials(text: string): string {
  let out = text;
  readRawRequest(text).headers.forEach((h, i) => {
    if (!h.colon || !CREDENTIAL_HEADERS.has(h.name.toLowerCase())) return;
    const scheme = /^\S+/.exec(h.value)?.[0];
    const value = scheme && scheme !== h.value ? `${scheme} ${TOKEN_PLACEHOLDER}` : TOKEN_PLACEHOLDER;
    if (h.value !== value) out = setHeaderAt(out, i, h.name, value);
  });
  return out;
}

export interface SharedRequest {
  request: string;
  lesson?: string;
}

/**
 * A link that opens the playground with this request (credentials stripped).
 * @example shareLink('http://localhost:8080/', { request: 'GET / HTTP/1.1\nHost: a\n\n' })
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.5
 */
export function shareLink(base: string, shared: SharedRequest): string {
  const url = new URL(base);
  url.search = '';
  if (shared.lesson) url.searchParams.set('lesson', shared.lesson);
  url.hash = `req=${encodeBase64Url(stripCredentials(shared.request))}`;
  return url.toString();
}

/**
 * The request (and lesson) a link carries, or undefined when it carries none or a broken one.
 * @example readShareLink(new URL(shareLink(base, { request })))?.request
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.5
 */
export function readShareLink(url: URL): SharedRequest | undefined {
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  const encoded = fragment.get('req') ?? url.searchParams.get('req');
  if (!encoded) return undefined;
  const request = decodeBase64Url(encoded);
  if (request === undefined) return undefined;
  const lesson = url.searchParams.get('lesson') ?? fragment.get('lesson');
  return lesson ? { request, lesson } : { request };
}

/**
 * The URL without the shared request, to put back in the address bar once it is loaded.
 * @example withoutShare(new URL('http://a/?lesson=x#req=abc')).toString() // 'http://a/?lesson=x'
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.5
 */
export function withoutShare(url: URL): URL {
  const copy = new URL(url);
  copy.searchParams.delete('req');
  const fragment = new URLSearchParams(copy.hash.replace(/^#/, ''));
  fragment.delete('req');
  copy.hash = fragment.toString();
  return copy;
}
