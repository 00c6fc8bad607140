/**
 * A second, friendlier view of JSON bodies. The raw view stays exact; this one re-indents.
 * @see https://www.rfc-editor.org/rfc/rfc8259#section-2
 */

/**
 * True for JSON media types: application/json and any `+json` structured syntax suffix
 * (application/problem+json, application/merge-patch+json...), parameters ignored.
 * @example isJsonMediaType('application/problem+json; charset=utf-8') // true
 * @see https://www.rfc-editor.org/rfc/rfc6839#section-3.1
 */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.+-]+\+json$/.test(type);
}

/**
 * The body re-indented with two spaces, or null when it is not valid JSON.
 * @example prettyJson('{"id":1}') // '{\n  "id": 1\n}'
 * @see https://www.rfc-editor.org/rfc/rfc8259#section-2
 */
export function prettyJson(body: string): string | null {
  if (body.trim() === '') return null;
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return null;
  }
}

export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'punctuation' | 'space';

export interface JsonToken {
  text: string;
  kind: JsonTokenKind;
}

const TOKEN =
  /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|([{}[\],:])|(\s+)/gy;

/**
 * Splits JSON text (as `prettyJson` writes it) into tokens for colouring. Unknown
 * characters become punctuation, so the tokens always join back to the input.
 * @example jsonTokens('{"a": 1}').map((t) => t.kind) // punctuation, key, punctuation, space, number, punctuation
 * @see https://www.rfc-editor.org/rfc/rfc8259#section-2
 */
export function jsonTokens(json: string): JsonToken[] {
  const tokens: JsonToken[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < json.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(json);
    if (!m) {
      tokens.push({ text: json[at] ?? '', kind: 'punctuation' });
      at += 1;
      continue;
    }
    const [whole, str, colon, num, lit, punct] = m;
    if (str !== undefined) {
      tokens.push({ text: str, kind: colon ? 'key' : 'string' });
      if (colon) tokens.push({ text: colon, kind: 'punctuation' });
    } else if (num !== undefined) tokens.push({ text: num, kind: 'number' });
    else if (lit !== undefined) tokens.push({ text: lit, kind: 'literal' });
    else if (punct !== undefined) tokens.push({ text: punct, kind: 'punctuation' });
    else tokens.push({ text: whole, kind: 'space' });
    at += whole.length;
  }
  return tokens;
}
