/**
 * Drafts put aside when something else was opened in the editor (a share link, a
 * reference example, a lesson), newest first, so a learner's own text is never lost.
 */
import { readJson, writeJson } from './storage.ts';

const KEY = 'teapot.savedDrafts';
const LIMIT = 20;

export interface SavedDraft {
  text: string;
  savedAt: string;
}

function isList(v: unknown): v is SavedDraft[] {
  return Array.isArray(v) && v.every((d) => typeof d?.text === 'string' && typeof d?.savedAt === 'string');
}

export function savedDrafts(): SavedDraft[] {
  return readJson(KEY, isList, []);
}

/** Keeps a draft (once: the same text again moves to the top). */
export function saveDraft(text: string): void {
  const rest = savedDrafts().filter((d) => d.text !== text);
  writeJson(KEY, [{ text, savedAt: new Date().toISOString() }, ...rest].slice(0, LIMIT));
}
