/**
 * A fast, stable content hash for strong entity-tags: two FNV-1a lanes over the UTF-16 code
 * units, printed in base 36. Not cryptographic; it only has to change when the bytes change.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SECOND_LANE_OFFSET = 0x050c5d1f;

function fnv1a(text: string, offset: number): number {
  let h = offset;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * Hashes a representation's text into a short opaque string.
 * @example contentHash('{"id":1}') // e.g. '1k3v9q0x2m7'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3
 */
export function contentHash(text: string): string {
  return fnv1a(text, FNV_OFFSET).toString(36) + fnv1a(text, SECOND_LANE_OFFSET).toString(36);
}
