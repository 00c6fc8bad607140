/**
 * The words for an editor problem in the learner's language: the knowledge base's text for
 * parser problems, the composer's own strings for its hints. The knowledge base is big, so
 * it loads after first paint; until then a problem shows its key.
 */
import { useSyncExternalStore } from 'react';
import type * as HttpNotes from '@teapot/http-notes';
import { i18n } from '../../../lib/i18n.ts';
import type { EditorProblem, QuickFixKind } from './request-problems.ts';

export interface ProblemWords {
  summary: string;
  text: string;
  see: string;
}

type Notes = typeof HttpNotes;
let notes: Notes | null = null;
let loading: Promise<Notes> | null = null;
const listeners = new Set<() => void>();

/** Loads the knowledge base's problem texts (once). */
export function loadProblemTexts(): Promise<Notes> {
  loading ??= import('@teapot/http-notes').then((m) => {
    notes = m;
    for (const l of listeners) l();
    return m;
  });
  return loading;
}

/** True once the texts are there; re-renders the caller when they arrive. */
export function useProblemTexts(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      void loadProblemTexts();
      return () => listeners.delete(l);
    },
    () => notes !== null,
    () => false,
  );
}

export function problemWords(p: EditorProblem): ProblemWords {
  const lang = i18n.language === 'ko' ? 'ko' : 'en';
  if (p.key === 'json-without-content-type') {
    return {
      summary: i18n.t('composer.problems.jsonWithoutContentType'),
      text: i18n.t('composer.problems.jsonWithoutContentTypeText'),
      see: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.3',
    };
  }
  if (!notes) return { summary: p.key, text: '', see: 'https://www.rfc-editor.org/rfc/rfc9112#section-2' };
  const words = notes.getProblemText(p.key);
  return {
    summary: notes.fill(words.summary, p.params)[lang],
    text: notes.fill(words.text, p.params)[lang],
    see: words.see,
  };
}

export function fixLabel(kind: QuickFixKind): string {
  return i18n.t(`composer.fix.${kind}`);
}
