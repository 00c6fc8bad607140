/** A quick fix as a document change (no editor needed: the composer applies it to the text too). */
import { DEFAULT_HOST } from '../default-request.ts';
import { addHostFix, contentLengthFix, jsonContentTypeFix } from '../quick-fixes.ts';
import type { TextChange } from '../quick-fixes.ts';
import type { EditorProblem, QuickFixKind } from './request-problems.ts';

/**
 * The change a quick fix makes, in document positions.
 * @example fixChange('add-host', problem) // { from, to, insert }
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3.2
 */
export function fixChange(
  kind: QuickFixKind,
  p: Pick<EditorProblem, 'requestFrom' | 'requestText'>,
): TextChange {
  const local =
    kind === 'add-host'
      ? addHostFix(p.requestText, DEFAULT_HOST)
      : kind === 'content-length'
        ? contentLengthFix(p.requestText)
        : jsonContentTypeFix(p.requestText);
  return { from: local.from + p.requestFrom, to: local.to + p.requestFrom, insert: local.insert };
}

/** The document with a quick fix applied. */
export function applyFixToText(doc: string, kind: QuickFixKind, p: EditorProblem): string {
  const c = fixChange(kind, p);
  const to = Math.min(c.to, doc.length);
  return doc.slice(0, c.from) + c.insert + doc.slice(to);
}
