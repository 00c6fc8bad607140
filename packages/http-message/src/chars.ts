/**
 * Small helpers for talking about characters in problem params.
 * @see https://www.rfc-editor.org/rfc/rfc5234#appendix-B.1
 */

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

/**
 * A readable name for one character: itself when visible, else its ABNF name or code
 * ("SP", "HTAB", "CR", "%x01", "U+00A0").
 *
 * @example describeChar('\t') // 'HTAB'
 * @see https://www.rfc-editor.org/rfc/rfc5234#appendix-B.1
 */
export function describeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (Number.isNaN(code)) return '';
  if (char === ' ') return 'SP';
  if (char === '\t') return 'HTAB';
  if (char === '\r') return 'CR';
  if (char === '\n') return 'LF';
  if (code < 0x20 || code === 0x7f) return `%x${hex(code, 2)}`;
  if (code >= 0x80 && code <= 0xa0) return `U+${hex(code, 4)}`;
  if (code >= 0xd800 && code <= 0xdfff) return `U+${hex(code, 4)}`;
  return char;
}

const encoder = new TextEncoder();

/**
 * Percent-encodes every character outside US-ASCII as its UTF-8 octets, leaving the rest alone:
 * what a client has to do to a path typed in Korean.
 *
 * @example percentEncodeNonAscii('/사용자') // '/%EC%82%AC%EC%9A%A9%EC%9E%90'
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-2.1
 */
export function percentEncodeNonAscii(text: string): string {
  return text.replace(/[\x80-\uFFFF]+/g, (run) =>
    Array.from(encoder.encode(run), (byte) => `%${hex(byte, 2)}`).join(''),
  );
}

/**
 * The start of a long text, for a problem param: at most `max` characters, with "…" when cut.
 *
 * @example excerpt('a'.repeat(100), 5) // 'aaaaa…'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-2.3
 */
export function excerpt(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
