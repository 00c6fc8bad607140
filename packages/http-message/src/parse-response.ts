/**
 * Parses a raw HTTP/1.1 response, as the relay received it. Never throws.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
import { onlyLineEndings, readBody } from './body.ts';
import { parseFields } from './fields.ts';
import { responseFraming } from './framing.ts';
import { checkHead, headLineEnding, splitHead } from './head.ts';
import { ProblemList } from './problem-list.ts';
import { parseStatusLine } from './status-line.ts';
import type { ParseResponseOptions, ResponseMessage } from './types.ts';
import { byteLength } from './utf8.ts';

/** At most this many 1xx responses are skipped before the next one is taken as final. */
export const MAX_INTERIM = 20;

function isInterim(status: number | undefined): boolean {
  return status !== undefined && status >= 100 && status < 200 && status !== 101;
}

/** Parses the one response whose head starts at `from`. */
function parseOne(
  text: string,
  from: number,
  options: ParseResponseOptions,
  problems: ProblemList,
): ResponseMessage {
  const head = splitHead(text, from);
  const base = { kind: 'response', lineEnding: headLineEnding(head) } as const;
  const startLine = head.startLine;
  if (!startLine) {
    problems.add('empty-response', { start: from, end: text.length });
    const end = { start: text.length, end: text.length };
    const parts = {
      statusLine: null,
      headers: [],
      body: '',
      bodySpan: end,
      content: '',
      complete: false,
      messageEnd: text.length,
    };
    return { ...base, ...parts, rest: '', problems: problems.finish() };
  }
  checkHead(text, head, problems);
  const statusLine = parseStatusLine(text, startLine, problems);
  const headers = parseFields(text, head.fieldLines, problems);
  const status = statusLine?.status ?? null;
  const anchor = { start: startLine.start, end: startLine.end };
  const framing = responseFraming(
    headers,
    { status, requestMethod: options.requestMethod, anchor },
    problems,
  );
  const body = readBody(text, head, framing, problems, options.closed === true);
  const rest = text.slice(body.messageEnd);
  // After a 1xx the bytes that follow are the next response (or, after 101, another protocol).
  const informational = status !== null && status < 200;
  if (body.complete && !informational && !onlyLineEndings(rest)) {
    problems.add(
      'trailing-bytes-after-message',
      { start: body.messageEnd, end: text.length },
      { bytes: byteLength(rest) },
    );
  }
  return { ...base, statusLine, headers, ...body, rest, problems: problems.finish() };
}

/**
 * Parses the response in `text`. 1xx interim responses (other than 101) are skipped and listed
 * in `interim`; the message returned is the final response. Without Content-Length or chunked
 * framing, the body runs to the end and is complete only when `options.closed` is true.
 *
 * @example
 * const response = parseResponse('HTTP/1.1 204 No Content\r\n\r\n', { requestMethod: 'DELETE' });
 * response.statusLine?.status // 204
 * response.complete // true
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-6.3
 */
export function parseResponse(text: string, options: ParseResponseOptions = {}): ResponseMessage {
  const interim: ResponseMessage[] = [];
  let from = 0;
  for (;;) {
    const problems = new ProblemList();
    for (const earlier of interim) {
      if (earlier.statusLine)
        problems.add('interim-response', earlier.statusLine.span, { status: earlier.statusLine.status });
    }
    const message = parseOne(text, from, options, problems);
    if (!isInterim(message.statusLine?.status) || !message.complete || interim.length >= MAX_INTERIM) {
      return interim.length > 0 ? { ...message, interim } : message;
    }
    interim.push(message);
    from = message.messageEnd;
  }
}
