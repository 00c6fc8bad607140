/**
 * Cuts a raw HTTP message into lines and coloured pieces for display. Pure: the text is
 * never changed, so the pieces put back together are exactly the bytes received.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
import type { HttpMessage, Span } from '@teapot/http-message';

export type PartKind =
  'method' | 'target' | 'version' | 'status' | 'reason' | 'header-name' | 'header-value' | 'body';

/** A named part of the message: start-line fields, header names and values, the body. */
export interface Part {
  span: Span;
  kind: PartKind;
}

export interface Piece {
  start: number;
  end: number;
  kind?: PartKind;
  /** Inside the highlighted span. */
  lit: boolean;
}

export type LineEnding = '' | '\n' | '\r\n';

export interface Line {
  /** Where the line's content starts and ends (the line ending excluded). */
  start: number;
  end: number;
  ending: LineEnding;
  pieces: Piece[];
  /** Whether the line ending itself is inside the highlighted span. */
  endingLit: boolean;
  /** The index in `message.headers` when this line is a header field line. */
  header?: number;
  /** True for lines inside the body. */
  body: boolean;
}

/** The parts of a parsed message, in order; empty spans are left out. */
export function partsOf(message: HttpMessage | null): Part[] {
  if (!message) return [];
  const parts: Part[] = [];
  if (message.kind === 'request' && message.requestLine) {
    const l = message.requestLine;
    parts.push({ span: l.methodSpan, kind: 'method' }, { span: l.targetSpan, kind: 'target' });
    parts.push({ span: l.versionSpan, kind: 'version' });
  }
  if (message.kind === 'response' && message.statusLine) {
    const l = message.statusLine;
    parts.push({ span: l.versionSpan, kind: 'version' }, { span: l.statusSpan, kind: 'status' });
    parts.push({ span: l.reasonSpan, kind: 'reason' });
  }
  for (const h of message.headers) {
    parts.push({ span: h.nameSpan, kind: 'header-name' }, { span: h.valueSpan, kind: 'header-value' });
  }
  parts.push({ span: message.bodySpan, kind: 'body' });
  return parts.filter((p) => p.span.end > p.span.start);
}

function isLit(highlight: Span | null, start: number, end: number): boolean {
  return (
    highlight !== null && highlight.end > highlight.start && highlight.start <= start && highlight.end >= end
  );
}

/** Cuts [start, end) at every part and highlight boundary. */
function piecesOf(start: number, end: number, parts: readonly Part[], highlight: Span | null): Piece[] {
  const cuts = new Set([start, end]);
  for (const p of parts) {
    if (p.span.start > start && p.span.start < end) cuts.add(p.span.start);
    if (p.span.end > start && p.span.end < end) cuts.add(p.span.end);
  }
  if (highlight) {
    if (highlight.start > start && highlight.start < end) cuts.add(highlight.start);
    if (highlight.end > start && highlight.end < end) cuts.add(highlight.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? start;
    const b = points[i + 1] ?? a;
    if (b <= a) continue;
    const kind = parts.find((p) => p.span.start <= a && p.span.end >= b)?.kind;
    pieces.push({ start: a, end: b, ...(kind ? { kind } : {}), lit: isLit(highlight, a, b) });
  }
  return pieces;
}

/**
 * Splits `text` into lines (keeping each line's CRLF or bare LF), each cut into pieces
 * by the message's parts and by the highlighted span.
 * @example splitLines('GET / HTTP/1.1\r\n\r\n', partsOf(parseRequest(text)), null)
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
export function splitLines(text: string, message: HttpMessage | null, highlight: Span | null = null): Line[] {
  const parts = partsOf(message);
  const headerStarts = new Map((message?.headers ?? []).map((h, i) => [h.span.start, i] as const));
  const bodyStart =
    message && message.bodySpan.end > message.bodySpan.start ? message.bodySpan.start : Infinity;
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const lf = text.indexOf('\n', start);
    const next = lf === -1 ? text.length : lf + 1;
    const ending: LineEnding = lf === -1 ? '' : lf > start && text[lf - 1] === '\r' ? '\r\n' : '\n';
    const end = next - ending.length;
    const header = headerStarts.get(start);
    lines.push({
      start,
      end,
      ending,
      pieces: piecesOf(start, end, parts, highlight),
      endingLit: ending !== '' && isLit(highlight, end, next),
      ...(header !== undefined ? { header } : {}),
      body: start >= bodyStart,
    });
    start = next;
  }
  return lines;
}
