import { LESSONS } from './course/index.ts';
import type { Lesson } from './types.ts';

const byId = new Map<string, Lesson>(LESSONS.map((l) => [l.id, l]));

/**
 * A lesson by id, or undefined for an unknown id (a stale link, a typo).
 * @example getLesson('post-create')?.title.en // 'POST: create a resource and follow its Location'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5
 */
export function getLesson(id: string): Lesson | undefined {
  return byId.get(id);
}

/**
 * The lesson after this one in the course, if any.
 * @example nextLesson('http-message')?.id // 'get-and-head'
 * @see https://www.rfc-editor.org/rfc/rfc8288#section-3
 */
export function nextLesson(id: string): Lesson | undefined {
  const at = LESSONS.findIndex((l) => l.id === id);
  return at >= 0 ? LESSONS[at + 1] : undefined;
}
