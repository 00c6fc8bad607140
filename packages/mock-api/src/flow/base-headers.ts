/**
 * Headers on every response. `nosniff` stops browsers from guessing a media type other than
 * the one declared.
 * @see https://fetch.spec.whatwg.org/#x-content-type-options-header
 */
export const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff' } as const;
