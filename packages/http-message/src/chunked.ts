/**
 * The chunked transfer coding: `*chunk last-chunk trailer-section CRLF`, where each chunk is
 * `chunk-size [ chunk-ext ] CRLF chunk-data CRLF` and chunk-size counts octets, in hex.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-7.1
 */
import { excerpt } from './chars.ts';
import { chunkExt, token } from './grammar.ts';
import { isEmptyLine, readLine } from './lines.ts';
import { ProblemList } from './problem-list.ts';
import type { Problem } from './types.ts';
import { advanceBytes } from './utf8.ts';

export interface ChunkedResult {
  /** The chunk data joined: the content without the framing. */
  content: string;
  /** True when the last chunk and the blank line after the trailer section arrived. */
  complete: boolean;
  problems: Problem[];
  /** Where the chunked body ends (the text length when it is incomplete or broken). */
  end: number;
}

export interface ChunkedScan extends Omit<ChunkedResult, 'problems'> {
  /** Offsets of framing LFs that have no CR before them (the chunk data is not included). */
  bareLf: number[];
}

// 13 hex digits stay below 2^53, so the size is exact as a JS number.
const MAX_SIZE_DIGITS = 13;

/** Decodes a chunked body that starts at `start` in `text`; problems carry offsets into `text`. */
export function scanChunked(text: string, start: number, problems: ProblemList): ChunkedScan {
  const parts: string[] = [];
  const bareLf: number[] = [];
  const done = (complete: boolean, end: number): ChunkedScan => {
    const first = bareLf[0];
    if (first !== undefined)
      problems.add('bare-lf', { start: first, end: first + 1 }, { count: bareLf.length }, 'bad');
    return { content: parts.join(''), complete, end, bareLf };
  };
  const incomplete = (from: number): ChunkedScan => {
    problems.add('incomplete-chunked-body', { start: from, end: text.length });
    return done(false, text.length);
  };
  let pos = start;
  for (;;) {
    const sizeLine = readLine(text, pos);
    if (sizeLine.ending === '') return incomplete(pos);
    if (sizeLine.ending === '\n') bareLf.push(sizeLine.end);
    const line = text.slice(sizeLine.start, sizeLine.end);
    const digits = /^[0-9A-Fa-f]+/.exec(line)?.[0] ?? '';
    if (
      digits === '' ||
      digits.replace(/^0+/, '').length > MAX_SIZE_DIGITS ||
      !chunkExt.test(line.slice(digits.length))
    ) {
      problems.add('bad-chunk-size', { start: sizeLine.start, end: sizeLine.end }, { line: excerpt(line) });
      return done(false, text.length);
    }
    const size = parseInt(digits, 16);
    if (size === 0) return trailer(sizeLine.next);
    const data = advanceBytes(text, sizeLine.next, size);
    if (data.bytes < size && data.index === text.length) return incomplete(pos);
    parts.push(text.slice(sizeLine.next, data.index));
    const after = data.index;
    if (data.bytes === size && text.startsWith('\r\n', after)) pos = after + 2;
    else if (data.bytes === size && text.charCodeAt(after) === 10) {
      bareLf.push(after);
      pos = after + 1;
    } else if (
      data.bytes === size &&
      (after === text.length || (after === text.length - 1 && text.endsWith('\r')))
    ) {
      return incomplete(pos);
    } else {
      problems.add(
        'chunk-size-mismatch',
        { start: sizeLine.next, end: readLine(text, sizeLine.next).end },
        { declared: size },
      );
      return done(false, text.length);
    }
  }

  function trailer(from: number): ChunkedScan {
    let at = from;
    let count = 0;
    for (;;) {
      const line = readLine(text, at);
      if (line.ending === '') return incomplete(from);
      if (line.ending === '\n') bareLf.push(line.end);
      if (isEmptyLine(line)) {
        if (count > 0) problems.add('chunked-trailer-fields', { start: from, end: line.start }, { count });
        return done(true, line.next);
      }
      count += 1;
      // trailer-section = *( field-line CRLF ): each line is a field line, as in the head.
      const content = text.slice(line.start, line.end);
      const colon = content.indexOf(':');
      const span = { start: line.start, end: line.end };
      if (colon === -1) problems.add('header-missing-colon', span, { line: excerpt(content) });
      else if (!token.test(content.slice(0, colon))) {
        const name = content.slice(0, colon);
        const bad = [...name].find((ch) => !/[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(ch)) ?? name;
        problems.add('invalid-field-name', span, { name: excerpt(name), char: excerpt(bad) });
      }
      at = line.next;
    }
  }
}

/**
 * Decodes a chunked body (the text after the blank line). Never throws: framing errors become
 * problems whose spans are offsets into `body`.
 *
 * @example decodeChunked('5\r\nhello\r\n0\r\n\r\n').content // 'hello'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-7.1.3
 */
export function decodeChunked(body: string): ChunkedResult {
  const problems = new ProblemList();
  const { content, complete, end } = scanChunked(body, 0, problems);
  return { content, complete, problems: problems.finish(), end };
}
