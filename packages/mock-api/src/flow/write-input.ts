/**
 * Content for PUT (a full replacement) and PATCH (a JSON Merge Patch over the current state).
 * Read-only members (`id`, timestamps, `links`) may come back in a PUT, as read by GET, and are
 * ignored, except an `id` that contradicts the URI. A PATCH that tries to set one is refused.
 * @see https://www.rfc-editor.org/rfc/rfc7396#section-2
 */
import type { z } from '@hono/zod-openapi';
import { applyMergePatch } from '../http/merge-patch.ts';
import type { Flow } from './flow.ts';
import { parseJson, refuseInvalid, validate } from './json-body.ts';

export const READ_ONLY: readonly string[] = ['id', 'createdAt', 'updatedAt', 'links'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses and validates a full replacement.
 * @example const input = inputForPut(flow, UserInput, { id: 1 })
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4
 */
export function inputForPut<T>(
  f: Flow,
  schema: z.ZodType<T>,
  expected: { id?: string | number; readOnly?: readonly string[] } = {},
): T {
  const raw = parseJson(f);
  if (!isObject(raw)) return validate(f, schema, raw);
  if (expected.id !== undefined && raw.id !== undefined && String(raw.id) !== String(expected.id)) {
    refuseInvalid(f, [
      {
        pointer: '#/id',
        detail: `id ${JSON.stringify(raw.id)} contradicts the URI ${f.path}; leave it out or make it ${JSON.stringify(expected.id)}`,
        detailKo: `id ${JSON.stringify(raw.id)}: URI ${f.path}의 id와 다름, 빼거나 ${JSON.stringify(expected.id)}에 맞춤`,
      },
    ]);
  }
  const rest = { ...raw };
  for (const key of expected.readOnly ?? READ_ONLY) delete rest[key];
  return validate(f, schema, rest);
}

/**
 * Applies the request's merge patch to `current` (the writable members) and validates the result.
 * @example const next = inputForPatch(flow, UserInput, { name: user.name, email: user.email })
 * @see https://www.rfc-editor.org/rfc/rfc7396#section-2
 */
export function inputForPatch<T>(
  f: Flow,
  schema: z.ZodType<T>,
  current: Record<string, unknown>,
  readOnlyMembers: readonly string[] = READ_ONLY,
): T {
  const patch = parseJson(f);
  if (isObject(patch)) {
    const readOnly = readOnlyMembers.filter((k) => Object.hasOwn(patch, k));
    if (readOnly.length > 0)
      refuseInvalid(
        f,
        readOnly.map((k) => ({
          pointer: `#/${k}`,
          detail: `"${k}" is read-only; the server sets it`,
          detailKo: `"${k}": 읽기 전용, 서버가 설정함`,
        })),
      );
  }
  return validate(f, schema, applyMergePatch(current, patch));
}
