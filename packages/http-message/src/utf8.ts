/**
 * UTF-8 byte counts over JS strings. Content-Length and chunk-size count octets, while the
 * parser works on text, so every length check goes through here. Counts match TextEncoder:
 * a surrogate pair is 4 bytes, a lone surrogate 3 (it is encoded as U+FFFD).
 * @see https://www.rfc-editor.org/rfc/rfc3629#section-3
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Bytes of the character starting at `index`, and how many code units it spans. */
function charAt(text: string, index: number, end: number): { bytes: number; units: number } {
  const code = text.charCodeAt(index);
  if (code < 0x80) return { bytes: 1, units: 1 };
  if (code < 0x800) return { bytes: 2, units: 1 };
  if (isHighSurrogate(code) && index + 1 < end && isLowSurrogate(text.charCodeAt(index + 1))) {
    return { bytes: 4, units: 2 };
  }
  return { bytes: 3, units: 1 };
}

/**
 * The UTF-8 length of `text` (or of `text[start:end)`), as it goes on the wire.
 *
 * @example byteLength('한') // 3
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.6
 */
export function byteLength(text: string, start = 0, end = text.length): number {
  let bytes = 0;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes += 1;
      i += 1;
      continue;
    }
    const char = charAt(text, i, end);
    bytes += char.bytes;
    i += char.units;
  }
  return bytes;
}

/**
 * Walks `count` bytes forward from `start`. `index` is where the walk stopped (never inside a
 * character) and `bytes` how many it covered: less than `count` when the text ran out, or when
 * the next character would cross the boundary.
 */
export function advanceBytes(text: string, start: number, count: number): { index: number; bytes: number } {
  let bytes = 0;
  let i = start;
  while (i < text.length && bytes < count) {
    // ASCII (most bodies, all heads) is one byte per code unit: no per-character record.
    if (text.charCodeAt(i) < 0x80) {
      bytes += 1;
      i += 1;
      continue;
    }
    const char = charAt(text, i, text.length);
    if (bytes + char.bytes > count) break;
    bytes += char.bytes;
    i += char.units;
  }
  return { index: i, bytes };
}
