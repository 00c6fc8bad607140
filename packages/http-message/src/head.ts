/**
 * Splits the head of a message (start line and field lines, up to the blank line) and checks
 * the things that concern the head as a whole: leading empty lines, line endings, the blank
 * line, its size.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
import { isEmptyLine, readLine } from './lines.ts';
import type { Line } from './lines.ts';
import type { ProblemList } from './problem-list.ts';
import type { Span } from './types.ts';
import { byteLength } from './utf8.ts';

/** Node's default limit on the size of a head (--max-http-header-size). */
export const HEAD_SIZE_LIMIT = 16 * 1024;

export interface Head {
  from: number;
  /** Empty lines before the start line. */
  leading: { count: number; span: Span };
  startLine: Line | null;
  fieldLines: Line[];
  /** Offset just past the blank line that ends the head (the text length when there is none). */
  end: number;
  /** True when a blank line ends the head. */
  terminated: boolean;
  /** Offsets of the LFs that end a head line without a CR before them. */
  bareLf: number[];
  crlf: number;
}

/** Reads the head that starts at `from`, lazily: the body is not touched. */
export function splitHead(text: string, from = 0): Head {
  const head: Head = {
    from,
    leading: { count: 0, span: { start: from, end: from } },
    startLine: null,
    fieldLines: [],
    end: text.length,
    terminated: false,
    bareLf: [],
    crlf: 0,
  };
  const tally = (line: Line): void => {
    if (line.ending === '\n') head.bareLf.push(line.end);
    else if (line.ending === '\r\n') head.crlf += 1;
  };
  let pos = from;
  while (pos < text.length) {
    const line = readLine(text, pos);
    if (!isEmptyLine(line) || line.ending === '') break;
    tally(line);
    head.leading.count += 1;
    head.leading.span.end = line.next;
    pos = line.next;
  }
  const first = pos < text.length ? readLine(text, pos) : null;
  if (!first || isEmptyLine(first)) return head;
  head.startLine = first;
  tally(first);
  pos = first.next;
  if (first.ending === '') return head;
  while (pos < text.length) {
    const line = readLine(text, pos);
    tally(line);
    if (isEmptyLine(line)) {
      if (line.ending !== '') {
        head.terminated = true;
        head.end = line.next;
      }
      return head;
    }
    head.fieldLines.push(line);
    pos = line.next;
  }
  return head;
}

/** The line ending most lines of the head use. */
export function headLineEnding(head: Head): '\r\n' | '\n' {
  return head.bareLf.length > head.crlf ? '\n' : '\r\n';
}

/** Reports leading empty lines, bare LF and CR, a missing blank line and an oversized head. */
export function checkHead(text: string, head: Head, problems: ProblemList): void {
  if (head.leading.count > 0)
    problems.add('leading-empty-lines', head.leading.span, { count: head.leading.count });
  const firstLf = head.bareLf[0];
  if (firstLf !== undefined) {
    problems.add('bare-lf', { start: firstLf, end: firstLf + 1 }, { count: head.bareLf.length });
  }
  const lines = head.startLine ? [head.startLine, ...head.fieldLines] : [];
  for (const line of lines) {
    // Search the line's own text: searching `text` would run on to the end for every line.
    const content = text.slice(line.start, line.end);
    for (let cr = content.indexOf('\r'); cr !== -1; cr = content.indexOf('\r', cr + 1)) {
      problems.add('bare-cr', { start: line.start + cr, end: line.start + cr + 1 });
    }
  }
  const last = lines.at(-1);
  if (last && !head.terminated) problems.add('missing-blank-line', { start: last.start, end: last.end });
  const bytes = byteLength(text, head.from, head.end);
  if (bytes > HEAD_SIZE_LIMIT) {
    problems.add('head-too-large', { start: head.from, end: head.end }, { bytes, limit: HEAD_SIZE_LIMIT });
  }
}
