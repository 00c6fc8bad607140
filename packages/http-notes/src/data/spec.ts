/**
 * Spec links for the knowledge base. Every fact points at one section of one RFC, with an
 * anchor that lands on that section of the RFC Editor's HTML rendering.
 */

/** A pointer to one section of one RFC. */
export interface SpecRef {
  /** e.g. `RFC 9110` */
  readonly rfc: `RFC ${number}`;
  /** e.g. `15.5.6`, or `A` for an appendix */
  readonly section: string;
  /** e.g. `https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6` */
  readonly url: string;
}

const SECTION = /^(?:\d+(?:\.\d+)*|[A-Z](?:\.\d+)*)$/;

/**
 * Builds a link to a section (`15.5.6`) or an appendix (`A`, `B.2`) of an RFC.
 * Throws on a malformed section, because that is a typo in our own tables.
 * @example spec(9110, '15.5.6').url // 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6'
 * @see https://www.rfc-editor.org/rfc/rfc7322#section-4.8.6.1
 */
export function spec(rfc: number, section: string): SpecRef {
  if (!Number.isInteger(rfc) || rfc <= 0 || !SECTION.test(section)) {
    throw new Error(`bad spec reference: RFC ${rfc} section ${section}`);
  }
  const kind = /^[A-Z]/.test(section) ? 'appendix' : 'section';
  return { rfc: `RFC ${rfc}`, section, url: `https://www.rfc-editor.org/rfc/rfc${rfc}#${kind}-${section}` };
}

/** Makes a helper bound to one RFC number. */
const bound = (rfc: number) => (section: string): SpecRef => spec(rfc, section);

/**
 * HTTP Semantics (methods, status codes, most header fields).
 * @example rfc9110('15.5.6').url // 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-1
 */
export const rfc9110 = bound(9110);
/**
 * HTTP Caching.
 * @example rfc9111('5.2.2.1').url // 'https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2.1'
 * @see https://www.rfc-editor.org/rfc/rfc9111#section-1
 */
export const rfc9111 = bound(9111);
/**
 * HTTP/1.1 message syntax.
 * @example rfc9112('3').url // 'https://www.rfc-editor.org/rfc/rfc9112#section-3'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-1
 */
export const rfc9112 = bound(9112);
/**
 * HTTP/2 (for the 421 story and `h2c`).
 * @example rfc9113('9.1.2').url // 'https://www.rfc-editor.org/rfc/rfc9113#section-9.1.2'
 * @see https://www.rfc-editor.org/rfc/rfc9113#section-1
 */
export const rfc9113 = bound(9113);
/**
 * Problem Details for HTTP APIs (`application/problem+json`).
 * @example rfc9457('3').url // 'https://www.rfc-editor.org/rfc/rfc9457#section-3'
 * @see https://www.rfc-editor.org/rfc/rfc9457#section-1
 */
export const rfc9457 = bound(9457);
/**
 * Additional status codes: 428, 429, 431, 511.
 * @example rfc6585('4').url // 'https://www.rfc-editor.org/rfc/rfc6585#section-4'
 * @see https://www.rfc-editor.org/rfc/rfc6585#section-1
 */
export const rfc6585 = bound(6585);
/**
 * Bearer token usage (`WWW-Authenticate: Bearer`).
 * @example rfc6750('3').url // 'https://www.rfc-editor.org/rfc/rfc6750#section-3'
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-1
 */
export const rfc6750 = bound(6750);
/**
 * JSON Merge Patch (`application/merge-patch+json`).
 * @example rfc7396('2').url // 'https://www.rfc-editor.org/rfc/rfc7396#section-2'
 * @see https://www.rfc-editor.org/rfc/rfc7396#section-1
 */
export const rfc7396 = bound(7396);
/**
 * JSON Patch (`application/json-patch+json`).
 * @example rfc6902('4').url // 'https://www.rfc-editor.org/rfc/rfc6902#section-4'
 * @see https://www.rfc-editor.org/rfc/rfc6902#section-1
 */
export const rfc6902 = bound(6902);
/**
 * The PATCH method.
 * @example rfc5789('2').url // 'https://www.rfc-editor.org/rfc/rfc5789#section-2'
 * @see https://www.rfc-editor.org/rfc/rfc5789#section-1
 */
export const rfc5789 = bound(5789);
/**
 * Web Linking (`Link`).
 * @example rfc8288('3').url // 'https://www.rfc-editor.org/rfc/rfc8288#section-3'
 * @see https://www.rfc-editor.org/rfc/rfc8288#section-1
 */
export const rfc8288 = bound(8288);
/**
 * 103 Early Hints.
 * @example rfc8297('2').url // 'https://www.rfc-editor.org/rfc/rfc8297#section-2'
 * @see https://www.rfc-editor.org/rfc/rfc8297#section-1
 */
export const rfc8297 = bound(8297);
/**
 * 451 Unavailable For Legal Reasons.
 * @example rfc7725('3').url // 'https://www.rfc-editor.org/rfc/rfc7725#section-3'
 * @see https://www.rfc-editor.org/rfc/rfc7725#section-1
 */
export const rfc7725 = bound(7725);
/**
 * Early data in HTTP and 425 Too Early.
 * @example rfc8470('5.2').url // 'https://www.rfc-editor.org/rfc/rfc8470#section-5.2'
 * @see https://www.rfc-editor.org/rfc/rfc8470#section-1
 */
export const rfc8470 = bound(8470);
/**
 * Original WebDAV, still the home of 102 Processing.
 * @example rfc2518('10.1').url // 'https://www.rfc-editor.org/rfc/rfc2518#section-10.1'
 * @see https://www.rfc-editor.org/rfc/rfc2518#section-1
 */
export const rfc2518 = bound(2518);
/**
 * WebDAV: 207, 423, 424, 507.
 * @example rfc4918('11.1').url // 'https://www.rfc-editor.org/rfc/rfc4918#section-11.1'
 * @see https://www.rfc-editor.org/rfc/rfc4918#section-1
 */
export const rfc4918 = bound(4918);
/**
 * WebDAV binding extensions: 208, 508.
 * @example rfc5842('7.1').url // 'https://www.rfc-editor.org/rfc/rfc5842#section-7.1'
 * @see https://www.rfc-editor.org/rfc/rfc5842#section-1
 */
export const rfc5842 = bound(5842);
/**
 * Delta encoding: 226 IM Used.
 * @example rfc3229('10.4.1').url // 'https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1'
 * @see https://www.rfc-editor.org/rfc/rfc3229#section-1
 */
export const rfc3229 = bound(3229);
/**
 * Transparent content negotiation: 506 Variant Also Negotiates.
 * @example rfc2295('8.1').url // 'https://www.rfc-editor.org/rfc/rfc2295#section-8.1'
 * @see https://www.rfc-editor.org/rfc/rfc2295#section-1
 */
export const rfc2295 = bound(2295);
/**
 * HTTP extension framework: 510 Not Extended (historic).
 * @example rfc2774('7').url // 'https://www.rfc-editor.org/rfc/rfc2774#section-7'
 * @see https://www.rfc-editor.org/rfc/rfc2774#section-1
 */
export const rfc2774 = bound(2774);
/**
 * Hyper Text Coffee Pot Control Protocol: where 418 comes from.
 * @example rfc2324('2.3.2').url // 'https://www.rfc-editor.org/rfc/rfc2324#section-2.3.2'
 * @see https://www.rfc-editor.org/rfc/rfc2324#section-1
 */
export const rfc2324 = bound(2324);
/**
 * HTCPCP for tea efflux appliances (the "teapot" sequel).
 * @example rfc7168('2.3.3').url // 'https://www.rfc-editor.org/rfc/rfc7168#section-2.3.3'
 * @see https://www.rfc-editor.org/rfc/rfc7168#section-1
 */
export const rfc7168 = bound(7168);
