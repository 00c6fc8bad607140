import { useEffect, useState } from 'react';
import { DEFAULT_REQUEST } from './default-request.ts';

const KEY = 'teapot.draft';

/** The editor's text, kept in the browser so that nothing a learner typed is lost on reload. */
export function useDraft(): [string, (v: string) => void] {
  const [draft, setDraft] = useState(() => globalThis.localStorage?.getItem(KEY) ?? DEFAULT_REQUEST);
  useEffect(() => {
    const id = setTimeout(() => localStorage.setItem(KEY, draft), 250);
    return () => clearTimeout(id);
  }, [draft]);
  return [draft, setDraft];
}
