/**
 * How other screens (reference pages, lessons, live traffic) put a request into the
 * playground's editor: `openInPlayground(text)`. The playground keeps the learner's current
 * draft among the saved drafts first and says so, so nothing they typed is lost.
 */
import { navigate } from './router.ts';

let pending: { text: string; origin: string } | null = null;

/**
 * Opens the playground with this request in the editor.
 * `origin` names where it came from for the message the learner sees (e.g. 'reference').
 */
export function openInPlayground(text: string, origin = 'link'): void {
  pending = { text, origin };
  navigate('/');
  window.dispatchEvent(new Event('teapot:open-request'));
}

/** The request waiting to be opened, once (the playground calls this). */
export function takePendingRequest(): { text: string; origin: string } | null {
  const p = pending;
  pending = null;
  return p;
}
