/**
 * Korean for the English messages that end up in trace facts but are not written in a fact:
 * the schemas' field messages, zod's own messages, and V8's `JSON.parse` errors. Problem
 * details stay English; only the trace, which the Korean UI shows, needs these. Symbols,
 * numbers, quoted values and positions are kept as they are.
 */

/** Korean for the schemas' own messages, by their English text (see `fieldMessage`). */
const FIELD_MESSAGES = new Map<string, string>();

/**
 * A schema's error message, with its Korean for the trace. Returns the English, which zod puts
 * in the issue and the problem detail; `messageKo` finds the Korean again by it.
 * @example z.string().min(1, fieldMessage('name must not be empty', 'name은 비어 있으면 안 됨'))
 */
export function fieldMessage(en: string, ko: string): string {
  const known = FIELD_MESSAGES.get(en);
  // The same English must read the same in Korean wherever a schema uses it.
  if (known !== undefined && known !== ko)
    throw new Error(`"${en}" has two Korean versions: "${known}", "${ko}"`);
  FIELD_MESSAGES.set(en, ko);
  return en;
}

/** Zod's English messages for schemas that give none (zod/v4/locales/en), in Korean. */
const ZOD_MESSAGES: readonly (readonly [RegExp, string])[] = [
  [/^Invalid input: expected (.+), received (.+)$/, '잘못된 입력: $1 필요, $2 받음'],
  [/^Invalid option: expected one of (.+)$/, '잘못된 선택지: $1 중 하나 필요'],
  [/^Invalid input: expected (.+)$/, '잘못된 입력: $1 필요'],
  [/^Invalid input$/, '잘못된 입력'],
];

/**
 * A field error's message in Korean: the schema's own Korean, or zod's message translated.
 * An unknown message is kept, after a Korean label.
 * @example messageKo('Invalid input: expected string, received number') // '잘못된 입력: string 필요, number 받음'
 */
export function messageKo(message: string): string {
  const own = FIELD_MESSAGES.get(message);
  if (own !== undefined) return own;
  for (const [pattern, ko] of ZOD_MESSAGES) if (pattern.test(message)) return message.replace(pattern, ko);
  return `잘못된 값 (${message})`;
}

/** V8's JSON.parse messages that end "... at position N (line L column C)", by their start. */
const JSON_AT: Record<string, string> = {
  'Unexpected number': '예상치 못한 숫자',
  'Unexpected string': '예상치 못한 문자열',
  'Unterminated string': '닫히지 않은 문자열',
  "Expected property name or '}'": "속성 이름 또는 '}' 필요",
  "Expected ',' or ']' after array element": "배열 요소 뒤에 ',' 또는 ']' 필요",
  "Expected ',' or '}' after property value": "속성 값 뒤에 ',' 또는 '}' 필요",
  "Expected ':' after property name": "속성 이름 뒤에 ':' 필요",
  'Expected double-quoted property name': '큰따옴표로 감싼 속성 이름 필요',
  'Unexpected non-whitespace character after JSON': 'JSON 뒤에 공백이 아닌 문자가 있음',
  'Bad control character in string literal': '문자열 리터럴 안에 잘못된 제어 문자',
  'Bad escaped character': '잘못된 이스케이프 문자',
  'Bad Unicode escape': '잘못된 유니코드 이스케이프',
  'No number after minus sign': '마이너스 기호 뒤에 숫자 없음',
  'Exponent part is missing a number': '지수 부분에 숫자 없음',
  'Unterminated fractional number': '소수점 뒤에 숫자 없음',
};

const AT = /^(.+?)( in JSON)? at position (\d+)(?: \(line (\d+) column (\d+)\))?$/s;
const NOT_VALID = /^(?:Unexpected token (.+?), )?(.+) is not valid JSON$/s;

/**
 * A `JSON.parse` error message in Korean (V8's wording, as in Node and Chromium). Another
 * engine's message is kept, after a Korean label.
 * @example jsonErrorKo("Expected ':' after property name in JSON at position 5 (line 1 column 6)")
 * // "속성 이름 뒤에 ':' 필요 (JSON 위치 5, 1행 6열)"
 */
export function jsonErrorKo(message: string): string {
  if (message === 'Unexpected end of JSON input') return 'JSON 입력이 중간에 끝남';
  if (message === 'invalid JSON') return '잘못된 JSON';
  const at = AT.exec(message);
  const head = at?.[1] === undefined ? undefined : JSON_AT[at[1]];
  if (at && head !== undefined) {
    const line = at[4] === undefined ? '' : `, ${at[4]}행 ${at[5] ?? ''}열`;
    return `${head} (${at[2] ? 'JSON ' : ''}위치 ${at[3] ?? ''}${line})`;
  }
  const invalid = NOT_VALID.exec(message);
  if (invalid) {
    const token = invalid[1] === undefined ? '' : `예상치 못한 토큰 ${invalid[1]}, `;
    return `${token}${invalid[2] ?? ''}: 올바른 JSON 아님`;
  }
  return `구문 오류 (${message})`;
}
