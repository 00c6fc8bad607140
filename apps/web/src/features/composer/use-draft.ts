import { useEffect, useState } from 'react';
import { readText, writeText } from '../../lib/storage.ts';
import { DEFAULT_REQUEST } from './default-request.ts';

const KEY = 'teapot.draft';

/** The editor's text, kept in the browser so that nothing a learner typed is lost on reload. */
export function useDraft(initial?: () => string | undefined): [string, (v: string) => void] {
  const [draft, setDraft] = useState(() => initial?.() ?? readText(KEY) ?? DEFAULT_REQUEST);
  useEffect(() => {
    const id = setTimeout(() => writeText(KEY, draft), 250);
    return () => clearTimeout(id);
  }, [draft]);
  return [draft, setDraft];
}

/** The draft as stored (what the learner had before this page load). */
export function storedDraft(): string | null {
  return readText(KEY);
}
