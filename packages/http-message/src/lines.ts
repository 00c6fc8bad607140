/**
 * Line reading for the head and the chunked framing. A line ends at LF; a CR right before the
 * LF belongs to the line ending. Reading is lazy, so the body is never split into lines.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the content, before the line ending. */
  end: number;
  /** Offset of the next line (after the line ending). */
  next: number;
  /** '' when the text ended before a line ending (a final CR is taken as a cut-off CRLF). */
  ending: '\r\n' | '\n' | '';
}

/** Reads the line that starts at `from`. */
export function readLine(text: string, from: number): Line {
  const lf = text.indexOf('\n', from);
  if (lf === -1) {
    const end = text.length > from && text.endsWith('\r') ? text.length - 1 : text.length;
    return { start: from, end, next: text.length, ending: '' };
  }
  if (lf > from && text.charCodeAt(lf - 1) === 13)
    return { start: from, end: lf - 1, next: lf + 1, ending: '\r\n' };
  return { start: from, end: lf, next: lf + 1, ending: '\n' };
}

/** True when the line has no content. */
export function isEmptyLine(line: Line): boolean {
  return line.end === line.start;
}
