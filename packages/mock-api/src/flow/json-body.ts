/**
 * body-well-formed (400) and body-valid (422). Broken JSON is a malformed request: 400.
 * Well-formed JSON of the right media type that fails validation is 422 (Unprocessable
 * Content): the server understood the syntax but cannot act on the instructions, and it
 * lists each field error as a JSON Pointer, as RFC 9457 shows.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21
 */
import type { z } from '@hono/zod-openapi';
import type { Flow } from './flow.ts';
import { jsonErrorKo, messageKo } from './messages-ko.ts';
import { words } from './trace.ts';

export interface FieldError {
  pointer: string;
  detail: string;
  /** The detail in Korean, for the trace fact (the problem detail lists the English only). */
  detailKo: string;
}

/** A JSON Pointer in URI fragment form, e.g. `#/score/home`. */
function pointer(path: readonly PropertyKey[]): string {
  return '#' + path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Parses the request content as JSON, refusing empty or malformed content with 400.
 * @example const value = parseJson(flow)
 * @see https://www.rfc-editor.org/rfc/rfc8259#section-2
 */
export function parseJson(f: Flow): unknown {
  const contentType = f.header('content-type') ?? '';
  if (f.bodyText.trim() === '') {
    f.refuse(
      'body-well-formed',
      words('no content', '본문 없음'),
      { contentType, error: 'empty' },
      {
        code: 'missing-content',
        detail: `${f.method} ${f.path} needs JSON content, and the request has none. Add a Content-Type: application/json header, a blank line, then the JSON.`,
      },
    );
  }
  try {
    const value: unknown = JSON.parse(f.bodyText);
    f.pass('body-well-formed', words('JSON parsed', 'JSON 파싱 성공'), { contentType });
    return value;
  } catch (error) {
    const message = error instanceof SyntaxError ? error.message : 'invalid JSON';
    f.refuse(
      'body-well-formed',
      words(`JSON.parse: ${message}`, `JSON.parse: ${jsonErrorKo(message)}`),
      { contentType, error: message },
      {
        code: 'malformed-json',
        detail: `The content is not valid JSON: ${message}. Check quotes (JSON needs double quotes), commas and braces.`,
      },
    );
  }
}

/** Turns zod issues into RFC 9457-style field errors. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        errors.push({
          pointer: pointer([...issue.path, key]),
          detail: `"${key}" is not a member of this resource`,
          detailKo: `"${key}": 이 리소스의 멤버 아님`,
        });
    } else
      errors.push({
        pointer: pointer(issue.path),
        detail: issue.message,
        detailKo: messageKo(issue.message),
      });
  }
  return errors;
}

/** Refuses with 422, listing the field errors. */
export function refuseInvalid(f: Flow, errors: FieldError[]): never {
  const first = errors[0];
  f.refuse(
    'body-valid',
    words(
      `${errors.length} field error(s): ${first ? `${first.pointer} ${first.detail}` : ''}`,
      `필드 오류 ${errors.length}개: ${first ? `${first.pointer} ${first.detailKo}` : ''}`,
    ),
    {
      errors: errors.length,
      field: first?.pointer ?? '#',
      error: first?.detail ?? '',
    },
    {
      code: 'validation-failed',
      detail: `The JSON is well-formed, but ${errors.length === 1 ? 'one field is' : `${errors.length} fields are`} not acceptable. See "errors".`,
      extensions: { errors: errors.map(({ pointer, detail }) => ({ pointer, detail })) },
    },
  );
}

/**
 * Validates a parsed value against a schema, refusing with 422 and field errors.
 * @example const input = validate(flow, UserInput, parseJson(flow))
 * @see https://www.rfc-editor.org/rfc/rfc9457#section-3
 */
export function validate<T>(f: Flow, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) refuseInvalid(f, fieldErrors(result.error.issues));
  f.pass('body-valid', words('content matches the schema', '본문이 스키마와 일치'), { errors: 0 });
  return result.data;
}
