/**
 * Shapes of the knowledge base and of notes. Knowledge is data: one entry per status
 * code, method or header, each with its spec link and en/ko text.
 */
import type { Span } from '@teapot/http-message';

export type Lang = 'en' | 'ko';
export const LANGS = ['en', 'ko'] as const satisfies readonly Lang[];

/** A text in both languages. */
export type Localized = Record<Lang, string>;

export type NoteLevel = 'good' | 'info' | 'warn' | 'bad';

export type NoteSubject =
  | { kind: 'request-line' }
  | { kind: 'status-line' }
  | { kind: 'header'; message: 'request' | 'response'; name: string }
  | { kind: 'body'; message: 'request' | 'response' }
  | { kind: 'exchange' };

/**
 * The knowledge-base entry a note explains. Its longer text is static, so such a note names
 * the entry instead of carrying a copy; `noteText` reads it from the knowledge base.
 */
export type KnowledgeRef =
  | { kind: 'status'; code: number }
  | { kind: 'method'; name: string }
  | { kind: 'header'; name: string };

/**
 * One thing a good teacher would say about an exchange.
 * `id` is stable (tests and the UI key on it); `summary` is one line; the longer text is
 * `text`, or the knowledge-base entry named by `about` (see `noteText`).
 */
export interface Note {
  id: string;
  level: NoteLevel;
  /** Grouping for the UI: what the status means, why it was chosen, headers, lints... */
  category: NoteCategory;
  subject: NoteSubject;
  /** Which message the span points into. */
  target?: 'request' | 'response';
  span?: Span;
  summary: Localized;
  /** The longer text, written for this exchange; absent when `about` names where it lives. */
  text?: Localized;
  /** The knowledge-base entry whose text explains this note (status code, method, header). */
  about?: KnowledgeRef;
  /** Spec link with a section anchor, e.g. https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6 */
  see?: string;
  /** The design rule this note applies (an id in RULES), for a link to the rule's page. */
  rule?: string;
}

export type NoteCategory = 'status' | 'why' | 'method' | 'header' | 'request' | 'response' | 'design' | 'syntax';
