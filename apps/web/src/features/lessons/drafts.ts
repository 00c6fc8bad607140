/** Each lesson keeps the learner's own draft; a new sandbox updates the token inside them. */
import { LESSONS } from '@teapot/lessons';
import { readText, writeText } from '../../lib/storage.ts';

export const lessonDraftKey = (id: string) => `teapot.lessons.draft.${id}`;

export function replaceTokenInDrafts(previous: string, next: string): void {
  for (const { id } of LESSONS) {
    const draft = readText(lessonDraftKey(id));
    if (draft?.includes(previous)) writeText(lessonDraftKey(id), draft.split(previous).join(next));
  }
}
