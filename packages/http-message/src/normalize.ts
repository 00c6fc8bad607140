/**
 * Line-ending repair for text typed in a browser, where Enter gives LF and HTTP/1.1 wants CRLF.
 *
 * What changes: every LF that ends a head line (leading empty lines, start line, field lines,
 * the blank line) without a CR before it gets one; and when the request is chunked, every LF
 * that ends a chunked framing line (chunk-size lines, the CRLF after chunk data, the trailer
 * section and the final blank line) too.
 *
 * What stays: the body's own bytes (Content-Length bodies and chunk data) are kept exactly as
 * typed, so a JSON body keeps its LFs; Content-Length is then measured on those final bytes.
 * Bare CRs and anything after the end of the first message are left alone.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
import { scanChunked } from './chunked.ts';
import { parseFields } from './fields.ts';
import { requestFraming } from './framing.ts';
import { splitHead } from './head.ts';
import { ProblemList } from './problem-list.ts';

export interface NormalizedText {
  text: string;
  /** True when at least one CR was added. */
  changed: boolean;
  /** How many LFs got a CR. */
  count: number;
}

/**
 * Turns the bare LFs that end head lines (and chunked framing lines) into CRLF.
 *
 * @example normalizeLineEndings('GET / HTTP/1.1\nHost: a\n\n') // { text: 'GET / HTTP/1.1\r\nHost: a\r\n\r\n', changed: true, count: 3 }
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
export function normalizeLineEndings(text: string): NormalizedText {
  const head = splitHead(text);
  let positions = head.bareLf;
  if (head.startLine && head.terminated) {
    const ignored = new ProblemList();
    const framing = requestFraming(parseFields(text, head.fieldLines, ignored), ignored);
    if (framing.kind === 'chunked') positions = positions.concat(scanChunked(text, head.end, ignored).bareLf);
  }
  if (positions.length === 0) return { text, changed: false, count: 0 };
  const parts: string[] = [];
  let last = 0;
  for (const lf of positions) {
    parts.push(text.slice(last, lf), '\r');
    last = lf;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), changed: true, count: positions.length };
}
