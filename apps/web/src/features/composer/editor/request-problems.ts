/**
 * The problems of the request(s) in the editor, found as the learner types: the parser's
 * problems for each request, mapped back to editor positions, plus the composer's own hint
 * for a JSON body without Content-Type. Each may carry a quick fix.
 */
import { parseRequest } from '@teapot/http-message';
import type { ProblemLevel } from '@teapot/http-message';
import { splitHttpFile } from '../http-file/split-http-file.ts';
import { missingJsonContentType } from '../quick-fixes.ts';
import { readRawRequest } from '../../../lib/raw-request.ts';

export type QuickFixKind = 'add-host' | 'content-length' | 'json-content-type';

export interface EditorProblem {
  from: number;
  to: number;
  level: ProblemLevel;
  /** A parser problem key, or `json-without-content-type` (the composer's own). */
  key: string;
  params: Record<string, string | number>;
  fix?: QuickFixKind;
  /** The request this problem belongs to: where its text starts in the document, and the text. */
  requestFrom: number;
  requestText: string;
}

/** The playground turns bare LFs into CRLF itself (and says so), so the editor does not flag them. */
const HIDDEN = new Set(['bare-lf']);

const FIXES: Partial<Record<string, QuickFixKind>> = {
  'missing-host': 'add-host',
  'content-length-mismatch': 'content-length',
  'body-exceeds-content-length': 'content-length',
  'body-without-content-length': 'content-length',
  'content-length-invalid': 'content-length',
};

/**
 * Every problem in the document, sorted by position. Never throws.
 * @example requestProblems('GET / HTTP/1.1\n\n')[0]?.key // 'missing-host'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
export function requestProblems(doc: string): EditorProblem[] {
  const out: EditorProblem[] = [];
  for (const block of splitHttpFile(doc)) {
    const text = block.text;
    if (text.trim() === '') continue;
    const blockEnd = block.to;
    const clamp = (n: number) => Math.min(blockEnd, Math.max(block.requestFrom, block.requestFrom + n));
    for (const p of parseRequest(text).problems) {
      if (HIDDEN.has(p.key)) continue;
      const fix = FIXES[p.key];
      out.push({
        from: clamp(p.span.start),
        to: clamp(p.span.end),
        level: p.level,
        key: p.key,
        params: p.params ?? {},
        requestFrom: block.requestFrom,
        requestText: text,
        ...(fix ? { fix } : {}),
      });
    }
    if (missingJsonContentType(text)) {
      const r = readRawRequest(text);
      out.push({
        from: clamp(r.bodyFrom),
        to: clamp(text.length),
        level: 'info',
        key: 'json-without-content-type',
        params: {},
        fix: 'json-content-type',
        requestFrom: block.requestFrom,
        requestText: text,
      });
    }
  }
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}
