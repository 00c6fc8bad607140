/**
 * Headers on every response. `nosniff` stops browsers from guessing a media type other than
 * the one declared.
 * @see https://fetch.spec.whatwg.org/#x-content-type-options-header
 */
export const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff' } as const;

/**
 * On responses whose content repeats what a learner sent or stored (sandbox data, problem
 * details quoting the request, redirect notes): a browser that opens one directly treats it as
 * a sandboxed document in an opaque origin, with scripts, forms and plugins off, whatever the
 * content turns out to be.
 * @see https://www.w3.org/TR/CSP3/#directive-sandbox
 */
export const ECHO_HEADERS = { 'Content-Security-Policy': 'sandbox' } as const;
