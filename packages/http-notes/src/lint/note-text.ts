/**
 * The longer text of a note: written for the exchange, or read from the knowledge-base entry
 * the note is about. Exchanges do not repeat the knowledge base's static texts; a reader that
 * has the knowledge base (the UI bundles it) looks them up here.
 * @see https://www.rfc-editor.org/rfc/rfc9110
 */
import { getHeaderInfo } from '../data/headers.ts';
import { getMethod } from '../data/methods.ts';
import { getStatusCode } from '../data/status-codes.ts';
import type { KnowledgeRef, Localized, Note } from '../types.ts';

/**
 * The knowledge-base text of one entry, or `undefined` when the knowledge base has no such entry.
 * @example knowledgeText({ kind: 'status', code: 405 })?.en
 */
export function knowledgeText(ref: KnowledgeRef): Localized | undefined {
  switch (ref.kind) {
    case 'status':
      return getStatusCode(ref.code)?.text;
    case 'method':
      return getMethod(ref.name)?.text;
    case 'header':
      return getHeaderInfo(ref.name)?.text;
  }
}

/**
 * A note's longer text in both languages: its own, or its knowledge-base entry's.
 * @example noteText(note)?.ko
 */
export function noteText(note: Pick<Note, 'text' | 'about'>): Localized | undefined {
  return note.text ?? (note.about ? knowledgeText(note.about) : undefined);
}
