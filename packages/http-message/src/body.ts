/**
 * Reads the body that the framing describes, and what comes after the message.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-6.3
 */
import { scanChunked } from './chunked.ts';
import type { Framing } from './framing.ts';
import type { Head } from './head.ts';
import type { ProblemList } from './problem-list.ts';
import type { Span } from './types.ts';
import { advanceBytes, byteLength } from './utf8.ts';

export interface Body {
  body: string;
  bodySpan: Span;
  content: string;
  complete: boolean;
  messageEnd: number;
}

function take(text: string, start: number, end: number, complete: boolean, content?: string): Body {
  const body = text.slice(start, end);
  return { body, bodySpan: { start, end }, content: content ?? body, complete, messageEnd: end };
}

/**
 * The body after `head`, as `framing` delimits it. `closed` says the connection has closed, which
 * completes a body read until close.
 */
export function readBody(
  text: string,
  head: Head,
  framing: Framing,
  problems: ProblemList,
  closed = false,
): Body {
  const start = head.end;
  if (!head.terminated) return take(text, text.length, text.length, false);
  switch (framing.kind) {
    case 'none':
      return take(text, start, start, true);
    case 'length': {
      const { length, field } = framing;
      const data = advanceBytes(text, start, length);
      if (data.bytes === length) return take(text, start, data.index, true);
      // Too few bytes, or the declared end falls inside a character: either way not a whole message.
      const actual = data.index === text.length ? data.bytes : byteLength(text, start);
      problems.add('content-length-mismatch', field.span, { declared: length, actual });
      return take(text, start, text.length, false);
    }
    case 'chunked': {
      const scan = scanChunked(text, start, problems);
      return take(text, start, scan.end, scan.complete, scan.content);
    }
    case 'close':
      return take(text, start, text.length, closed);
    case 'invalid':
      return take(text, start, text.length, false);
  }
}

// A request line at the start of what follows (after any empty lines): a pipelined request.
const requestLineAhead = /^[\r\n]*[!#$%&'*+\-.^_`|~0-9A-Za-z]+ [^ \r\n]+ HTTP\/[0-9]\.[0-9]\r?\n/;

/** True when `rest` holds nothing but line endings, which a server skips before a request line. */
export function onlyLineEndings(rest: string): boolean {
  return /^[\r\n]*$/.test(rest);
}

/**
 * Reports the bytes after a complete request: a pipelined request, a body the framing does not
 * cover (no Content-Length), or more bytes than Content-Length declared.
 */
export function checkRequestRest(text: string, body: Body, framing: Framing, problems: ProblemList): void {
  const rest = text.slice(body.messageEnd);
  if (!body.complete || onlyLineEndings(rest)) return;
  const span = { start: body.messageEnd, end: text.length };
  const bytes = byteLength(rest);
  if (requestLineAhead.test(rest.slice(0, 8192)))
    problems.add('trailing-bytes-after-message', span, { bytes });
  else if (framing.kind === 'none') problems.add('body-without-content-length', span, { bytes });
  else if (framing.kind === 'length') {
    problems.add('body-exceeds-content-length', span, {
      declared: framing.length,
      actual: framing.length + bytes,
      extra: bytes,
    });
  } else problems.add('trailing-bytes-after-message', span, { bytes });
}
