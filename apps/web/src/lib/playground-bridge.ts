/**
 * How other screens (reference pages, lessons, live traffic) put a request into the
 * playground's editor: `openInPlayground(text)`. The shell puts the learner's current draft
 * aside among the saved drafts first and says so, so nothing they typed is lost.
 */

export const OPEN_REQUEST_EVENT = 'teapot:open-request';

export interface OpenRequestDetail {
  text: string;
  /** Where it came from, for the message the learner sees: 'share', 'reference', 'lesson', 'live'... */
  origin: string;
}

/**
 * Opens the playground with this request in the editor.
 * @example openInPlayground('GET /users/1 HTTP/1.1\nHost: localhost:8081\n\n', 'reference')
 */
export function openInPlayground(text: string, origin = 'link'): void {
  window.dispatchEvent(new CustomEvent<OpenRequestDetail>(OPEN_REQUEST_EVENT, { detail: { text, origin } }));
}
