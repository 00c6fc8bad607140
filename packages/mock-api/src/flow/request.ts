/**
 * The request as the mock API's decisions see it. Both server adapters provide it: the Hono app
 * (for `app.request()` and Fetch servers) and the node:http adapter of the mock server, so the
 * same decisions run behind both.
 */
import { getPath, getQueryParam, tryDecodeURIComponent } from 'hono/utils/url';

export interface MockRequest {
  readonly method: string;
  /** The absolute URL, e.g. `http://localhost:8081/users?page=2`. */
  readonly url: string;
  /** A header field's value, duplicates joined with ", " as Fetch does; `name` in lowercase. */
  header(name: string): string | undefined;
  /** The content as UTF-8 text. Adapters may stop reading early past a size they refuse anyway. */
  text(): Promise<string>;
}

/** The path of a request's URL, percent-decoded as Hono's router sees it. */
export function pathOf(url: string): string {
  return getPath({ url } as Request);
}

/** The query part of a URL with its `?`, or `''`. */
export function searchOf(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? '' : url.slice(q);
}

/** The first value of a query parameter, decoded. */
export function queryParam(url: string, name: string): string | undefined {
  const value = getQueryParam(url, name);
  return typeof value === 'string' ? value : undefined;
}

/** A path parameter's value, percent-decoded. */
export function decodeParam(value: string): string {
  return tryDecodeURIComponent(value);
}
