/**
 * Small readers over an exchange: the request path, header values, the Location path.
 * They never throw; a learner's malformed request simply has fewer facts.
 */
import type { ExchangeLike } from './types.ts';

type Headers = ExchangeLike['request']['message']['headers'];

/**
 * The path of a request target (origin-form or absolute-form), without the query.
 * @example pathOf('/users?page=2') // '/users'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3.2
 */
export function pathOf(target: string): string {
  if (target.startsWith('/')) return target.split(/[?#]/, 1)[0] ?? target;
  try {
    return new URL(target).pathname;
  } catch {
    return target;
  }
}

/**
 * All values of a header field, by case-insensitive name.
 * @example headerValues(message.headers, 'allow') // ['GET, HEAD, OPTIONS']
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.1
 */
export function headerValues(headers: Headers, name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter((h) => h.name.toLowerCase() === wanted).map((h) => h.value);
}

/** The request path of an exchange, or undefined when the request line did not parse. */
export function requestPath(exchange: ExchangeLike): string | undefined {
  const target = exchange.request.message.requestLine?.target;
  return target === undefined ? undefined : pathOf(target);
}

/**
 * The path a response's `Location` points to (resolved against the request), if any.
 * @example locationPath(exchangeOf201) // '/users/11'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2
 */
export function locationPath(exchange: ExchangeLike): string | undefined {
  const headers = exchange.response.message?.headers ?? [];
  const location = headerValues(headers, 'location')[0]?.trim();
  if (!location) return undefined;
  try {
    return new URL(location, `http://placeholder${requestPath(exchange) ?? '/'}`).pathname;
  } catch {
    return undefined;
  }
}
