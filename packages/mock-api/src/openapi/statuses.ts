/**
 * The status codes one operation can return: what its handler decides, plus what the shared
 * gates can add (401 for any token that does not work, 403 for roles, 413/415/400 for
 * content, 406 for Accept, 428 where a precondition is required).
 * @see https://spec.openapis.org/oas/v3.1.0#responses-object
 */
import { producesOf } from '../resources/define.ts';
import type { OpMethod, ResourceDef } from '../resources/define.ts';

/**
 * Sorted status codes for `method` on `def`; OPTIONS is always 204.
 * @example statusesOf(userDocument, 'PATCH') // [200, 400, 401, 403, 404, 406, 409, 412, 413, 415, 422, 507]
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
export function statusesOf(def: ResourceDef, method: string): number[] {
  if (method === 'OPTIONS') return [204];
  const opMethod = (method === 'HEAD' ? 'GET' : method) as OpMethod;
  const op = def.operations[opMethod];
  if (!op) return [];
  const all = new Set<number>(op.statuses);
  all.add(401);
  if (op.access === 'editor' || op.access === 'teacher') all.add(403);
  if (op.body) [400, 413, 415].forEach((s) => all.add(s));
  if (producesOf(def, opMethod).length > 0) all.add(406);
  if (op.requiresPrecondition) all.add(428);
  return [...all].sort((a, b) => a - b);
}
