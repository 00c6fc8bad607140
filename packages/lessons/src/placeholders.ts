/**
 * Placeholders in a lesson's requests. `{{token}}` is the learner's own bearer token; the
 * others carry a fact from an earlier response into the next request of a solution.
 */
import { headerValues, locationPath } from './exchange-facts.ts';
import type { ExchangeLike } from './types.ts';

export const PLACEHOLDERS = ['token', 'location', 'etag', 'newToken'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/**
 * Replaces `{{name}}` for each value given; unknown or missing placeholders stay as written.
 * @example fillPlaceholders('Authorization: Bearer {{token}}', { token: 't1' }) // 'Authorization: Bearer t1'
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export function fillPlaceholders(raw: string, values: PlaceholderValues): string {
  return raw.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = (values as Record<string, string | undefined>)[name];
    return value ?? whole;
  });
}

function tokenIn(content: string): string | undefined {
  try {
    const body: unknown = JSON.parse(content);
    if (body && typeof body === 'object' && 'token' in body && typeof body.token === 'string')
      return body.token;
  } catch {
    // Not JSON: no token here.
  }
  return undefined;
}

/**
 * The values an exchange offers to the next request: its Location path, its ETag and a token
 * from a `{"token": ...}` body. Values it does not have are kept from `previous`.
 * @example captureValues(exchangeOf201, {}) // { location: '/users/11' }
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3
 */
export function captureValues(exchange: ExchangeLike, previous: PlaceholderValues): PlaceholderValues {
  const next = { ...previous };
  const location = locationPath(exchange);
  if (location) next.location = location;
  const headers = exchange.response.message?.headers ?? [];
  const etag = headerValues(headers, 'etag')[0]?.trim();
  if (etag) next.etag = etag;
  const token = tokenIn(exchange.response.message?.content ?? '');
  if (token) next.newToken = token;
  return next;
}
