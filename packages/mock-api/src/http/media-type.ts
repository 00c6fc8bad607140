/**
 * Media types in Content-Type, and proactive negotiation with Accept.
 *
 * ```
 * media-type = type "/" subtype parameters
 * Accept     = #( media-range [ weight ] )
 * media-range = ( "*" "/" "*" / ( type "/" "*" ) / ( type "/" subtype ) ) parameters
 * weight     = OWS ";" OWS "q=" qvalue
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1
 */

export interface MediaType {
  /** `type/subtype`, lowercased. */
  essence: string;
  /** Parameters with lowercased names; values unquoted. */
  params: Record<string, string>;
}

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const ESSENCE = new RegExp(`^(${TOKEN})/(${TOKEN})$`);

function splitParams(parts: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2)
      value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    params[name] = value;
  }
  return params;
}

/**
 * Parses a Content-Type value, or returns `undefined` when it is not a media type.
 * @example parseMediaType('application/json; charset=UTF-8') // { essence: 'application/json', params: { charset: 'UTF-8' } }
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.3.1
 */
export function parseMediaType(value: string): MediaType | undefined {
  const [head = '', ...rest] = value.split(';');
  const m = ESSENCE.exec(head.trim());
  if (!m) return undefined;
  return { essence: `${m[1]}/${m[2]}`.toLowerCase(), params: splitParams(rest) };
}

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
  /** Parameters other than q; a range with parameters only matches types with the same. */
  specificity: number;
}

/** Parsed Accept values: clients send the same few again and again. Bounded; cleared when full. */
const parsedAccepts = new Map<string, readonly MediaRange[]>();
const MAX_PARSED_ACCEPTS = 256;

function parseAcceptOnce(value: string): readonly MediaRange[] {
  let ranges = parsedAccepts.get(value);
  if (!ranges) {
    if (parsedAccepts.size >= MAX_PARSED_ACCEPTS) parsedAccepts.clear();
    ranges = parseAccept(value);
    parsedAccepts.set(value, ranges);
  }
  return ranges;
}

function parseAccept(value: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const member of value.split(',')) {
    if (member.trim() === '') continue;
    const [head = '', ...rest] = member.split(';');
    const m = ESSENCE.exec(head.trim());
    if (!m) continue;
    const params = splitParams(rest);
    const q =
      params.q === undefined
        ? 1
        : /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(params.q)
          ? Number(params.q)
          : 1;
    const type = (m[1] ?? '').toLowerCase();
    const subtype = (m[2] ?? '').toLowerCase();
    const specificity = type === '*' ? 0 : subtype === '*' ? 1 : 2;
    ranges.push({ type, subtype, q, specificity });
  }
  return ranges;
}

function qualityOf(essence: string, ranges: readonly MediaRange[]): number {
  const [type, subtype] = essence.split('/');
  let best: MediaRange | undefined;
  for (const r of ranges) {
    const matches = (r.type === '*' || r.type === type) && (r.subtype === '*' || r.subtype === subtype);
    if (matches && (!best || r.specificity > best.specificity)) best = r;
  }
  return best ? best.q : 0;
}

/**
 * Picks the media type to send: the offer with the highest quality in Accept, ties broken by
 * the server's order. No Accept (or an empty one) accepts anything. `undefined` means 406.
 * @example negotiate('text/csv;q=0.9, application/json', ['application/json', 'text/csv']) // 'application/json'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1
 */
export function negotiate(accept: string | undefined, offers: readonly string[]): string | undefined {
  if (accept === undefined || accept.trim() === '') return offers[0];
  const ranges = parseAcceptOnce(accept);
  if (ranges.length === 0) return offers[0];
  let chosen: string | undefined;
  let chosenQ = 0;
  for (const offer of offers) {
    const q = qualityOf(offer, ranges);
    if (q > chosenQ) {
      chosen = offer;
      chosenQ = q;
    }
  }
  return chosen;
}
