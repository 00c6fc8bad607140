/**
 * Parses a raw HTTP/1.1 request into its parts, with spans and problems. Never throws.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
import { checkRequestRest, readBody } from './body.ts';
import { parseFields } from './fields.ts';
import { requestFraming } from './framing.ts';
import { http2PrefaceLine } from './grammar.ts';
import { checkHead, headLineEnding, splitHead } from './head.ts';
import { checkHost } from './host.ts';
import { ProblemList } from './problem-list.ts';
import { parseRequestLine } from './request-line.ts';
import type { RequestMessage } from './types.ts';

/**
 * Parses the first request in `text`. Malformed input becomes `problems` pointing at the exact
 * bytes; `messageEnd` is where the framing says the request ends, and `rest` what follows it.
 *
 * @example
 * const request = parseRequest('GET /users/1 HTTP/1.1\r\nHost: localhost\r\n\r\n');
 * request.requestLine?.method // 'GET'
 * request.problems // []
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3
 */
export function parseRequest(text: string): RequestMessage {
  const problems = new ProblemList();
  const head = splitHead(text);
  const message = (
    parts: Omit<RequestMessage, 'kind' | 'rest' | 'problems' | 'lineEnding'>,
  ): RequestMessage => ({
    kind: 'request',
    ...parts,
    rest: text.slice(parts.messageEnd),
    problems: problems.finish(),
    lineEnding: headLineEnding(head),
  });
  const end = { start: text.length, end: text.length };
  const startLine = head.startLine;
  if (!startLine) {
    problems.add('empty-request', { start: 0, end: text.length });
    return message({
      requestLine: null,
      headers: [],
      body: '',
      bodySpan: end,
      content: '',
      complete: false,
      messageEnd: text.length,
    });
  }
  checkHead(text, head, problems);
  if (text.slice(startLine.start, startLine.end) === http2PrefaceLine) {
    problems.add('http2-preface', { start: startLine.start, end: startLine.end });
    return message({
      requestLine: null,
      headers: [],
      body: '',
      bodySpan: end,
      content: '',
      complete: false,
      messageEnd: text.length,
    });
  }
  const requestLine = parseRequestLine(text, startLine, problems);
  const headers = parseFields(text, head.fieldLines, problems);
  if (requestLine) checkHost(requestLine, headers, problems);
  const framing = requestFraming(headers, problems);
  const body = readBody(text, head, framing, problems);
  const method = requestLine?.method.toUpperCase();
  const hasBody = (framing.kind === 'length' && framing.length > 0) || framing.kind === 'chunked';
  if (hasBody && (method === 'GET' || method === 'HEAD') && requestLine) {
    const span = body.bodySpan.end > body.bodySpan.start ? body.bodySpan : framing.field.span;
    problems.add('body-on-get-or-head', span, { method: requestLine.method });
  }
  checkRequestRest(text, body, framing, problems);
  return message({ requestLine, headers, ...body });
}
