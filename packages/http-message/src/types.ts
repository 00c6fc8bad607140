/**
 * Shapes of a parsed HTTP/1.1 message.
 *
 * Offsets are indices into the text that was given to the parser (JavaScript string
 * indices). For the ASCII head of a message they are byte offsets; the relay decodes
 * bytes as UTF-8 before parsing, so a multi-byte body character counts once.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
import type { PROBLEM_KEYS } from './problems.ts';

/** Half-open range [start, end) into the parsed text. */
export interface Span {
  start: number;
  end: number;
}

export type ProblemLevel = 'bad' | 'warn' | 'info';

/**
 * Something wrong (or worth knowing) about the bytes. Never thrown: returned.
 * `key` is a stable message key; the en/ko text lives in `@teapot/http-notes`.
 * `params` are facts to interpolate into that text.
 */
export interface Problem {
  level: ProblemLevel;
  key: ProblemKey;
  span: Span;
  params?: Record<string, string | number>;
}

/** Every problem key the parser can produce (kept as data in problems.ts). */
export type ProblemKey = (typeof PROBLEM_KEYS)[number];

export interface HeaderField {
  name: string;
  value: string;
  /** The whole field line, without its line ending. */
  span: Span;
  nameSpan: Span;
  valueSpan: Span;
}

export interface RequestLine {
  method: string;
  target: string;
  version: string;
  span: Span;
  methodSpan: Span;
  targetSpan: Span;
  versionSpan: Span;
}

export interface StatusLine {
  version: string;
  status: number;
  reason: string;
  span: Span;
  versionSpan: Span;
  statusSpan: Span;
  reasonSpan: Span;
}

interface MessageBase {
  headers: HeaderField[];
  /** The body as it appears on the wire (chunked framing included). */
  body: string;
  bodySpan: Span;
  /** The body after removing chunked framing; equal to `body` when not chunked. */
  content: string;
  /** True when the framing says the whole message is present. */
  complete: boolean;
  /** Where the first message ends; anything after it is `rest`. */
  messageEnd: number;
  /** Bytes after the end of the first message (not part of it). */
  rest: string;
  problems: Problem[];
  /** The line ending the head mostly used. */
  lineEnding: '\r\n' | '\n';
}

export interface RequestMessage extends MessageBase {
  kind: 'request';
  requestLine: RequestLine | null;
}

export interface ResponseMessage extends MessageBase {
  kind: 'response';
  statusLine: StatusLine | null;
  /**
   * 1xx responses (100 Continue, 103 Early Hints) that came before this final response, in
   * order. Absent or empty when there were none. 101 is final: the connection switches protocol.
   */
  interim?: ResponseMessage[];
}

/** What the relay knows about the response it is parsing. */
export interface ParseResponseOptions {
  /** The request's method: a response to HEAD has no body. */
  requestMethod?: string;
  /** The server closed the connection: a body read until close is then complete. */
  closed?: boolean;
}

export type HttpMessage = RequestMessage | ResponseMessage;
