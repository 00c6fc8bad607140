/**
 * What must hold for every parse, whatever the input: offsets stay inside the text, the parts
 * are the slices their spans name, and every problem is a known key.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
import { getProblemInfo } from '../problems.ts';
import type { HttpMessage, Span } from '../types.ts';

type Report = (broken: string) => void;

function inside(text: string, span: Span, what: string, report: Report): void {
  const ok =
    Number.isInteger(span.start) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
  if (!ok) report(`${what} ${JSON.stringify(span)} is not inside a text of ${text.length}`);
}

function within(outer: Span, inner: Span, what: string, report: Report): void {
  if (inner.start < outer.start || inner.end > outer.end)
    report(`${what} ${JSON.stringify(inner)} is outside ${JSON.stringify(outer)}`);
}

function sliceIs(text: string, span: Span, value: string, what: string, report: Report): void {
  if (text.slice(span.start, span.end) !== value)
    report(`${what} ${JSON.stringify(value)} is not the text at ${JSON.stringify(span)}`);
}

function checkStartLine(text: string, message: HttpMessage, report: Report): void {
  if (message.kind === 'request' && message.requestLine) {
    const line = message.requestLine;
    inside(text, line.span, 'request line', report);
    for (const [name, value, span] of [
      ['method', line.method, line.methodSpan],
      ['target', line.target, line.targetSpan],
      ['version', line.version, line.versionSpan],
    ] as const) {
      within(line.span, span, name, report);
      sliceIs(text, span, value, name, report);
    }
  }
  if (message.kind === 'response' && message.statusLine) {
    const line = message.statusLine;
    inside(text, line.span, 'status line', report);
    for (const [name, span] of [
      ['version', line.versionSpan],
      ['status', line.statusSpan],
      ['reason', line.reasonSpan],
    ] as const)
      within(line.span, span, name, report);
  }
}

function check(text: string, message: HttpMessage, report: Report): void {
  const { messageEnd, bodySpan } = message;
  if (!Number.isInteger(messageEnd) || messageEnd < 0 || messageEnd > text.length)
    report(`messageEnd ${messageEnd} is outside a text of ${text.length}`);
  if (message.rest !== text.slice(messageEnd)) report('rest is not the text after messageEnd');
  inside(text, bodySpan, 'bodySpan', report);
  if (bodySpan.end > messageEnd) report(`the body ends at ${bodySpan.end}, after messageEnd ${messageEnd}`);
  sliceIs(text, bodySpan, message.body, 'body', report);
  if (message.content.length > message.body.length)
    report('the content is longer than the body it came from');
  checkStartLine(text, message, report);
  const folded = message.problems.some((p) => p.key === 'obs-fold');
  for (const field of message.headers) {
    inside(text, field.span, `field ${field.name}`, report);
    within(field.span, field.nameSpan, `name of ${field.name}`, report);
    within(field.span, field.valueSpan, `value of ${field.name}`, report);
    sliceIs(text, field.nameSpan, field.name, 'field name', report);
    // obs-fold joins the continuation lines with SP, so the value is no longer one slice.
    if (!folded) sliceIs(text, field.valueSpan, field.value, `value of ${field.name}`, report);
  }
  // The list is bounded: 100 problems, then one `problems-truncated`.
  if (message.problems.length > 101) report(`${message.problems.length} problems`);
  for (const problem of message.problems) {
    if (!getProblemInfo(problem.key)) report(`unknown problem key ${problem.key}`);
    inside(text, problem.span, `problem ${problem.key}`, report);
  }
  if (message.kind === 'response') for (const interim of message.interim ?? []) check(text, interim, report);
}

/**
 * Every invariant the message breaks, as sentences; empty when it keeps them all.
 *
 * @example expect(brokenInvariants(text, parseRequest(text))).toEqual([])
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
export function brokenInvariants(text: string, message: HttpMessage): string[] {
  const broken: string[] = [];
  check(text, message, (b) => {
    if (broken.length < 10) broken.push(b);
  });
  return broken;
}
