/**
 * The request line: `method SP request-target SP HTTP-version`.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3
 */
import { describeChar, excerpt } from './chars.ts';
import { httpVersion, notTchar } from './grammar.ts';
import type { Line } from './lines.ts';
import type { ProblemList } from './problem-list.ts';
import { checkRequestTarget } from './request-target.ts';
import type { RequestLine, Span } from './types.ts';

/** The methods RFC 9110 section 9 and RFC 5789 (PATCH) define, all uppercase. */
export const STANDARD_METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'CONNECT',
  'OPTIONS',
  'TRACE',
  'PATCH',
] as const;
const standard: ReadonlySet<string> = new Set(STANDARD_METHODS);

// RFC 9112 section 3 lets a recipient split on any whitespace, bare CR included.
function isSeparator(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\r';
}

interface Words {
  words: Span[];
  /** The first whitespace run that is not a single SP between words, and how bad it is. */
  odd: { span: Span; level: 'warn' | 'bad' } | null;
}

/** Splits the line into words; notes runs of SP (Node accepts them) and HTAB or edge whitespace (it does not). */
function splitWords(text: string, line: Line): Words {
  const words: Span[] = [];
  let odd: Words['odd'] = null;
  let i = line.start;
  while (i < line.end) {
    const runStart = i;
    while (i < line.end && isSeparator(text[i])) i += 1;
    if (i > runStart) {
      const run = text.slice(runStart, i);
      const atEdge = runStart === line.start || i === line.end;
      const level =
        atEdge || run.includes('\t') ? 'bad' : run.length > 1 && !run.includes('\r') ? 'warn' : null;
      if (level && (odd === null || (odd.level === 'warn' && level === 'bad')))
        odd = { span: { start: runStart, end: i }, level };
    }
    const wordStart = i;
    while (i < line.end && !isSeparator(text[i])) i += 1;
    if (i > wordStart) words.push({ start: wordStart, end: i });
  }
  return { words, odd };
}

function checkMethod(method: string, span: Span, problems: ProblemList): void {
  const bad = method.search(notTchar);
  if (bad >= 0) {
    const char = describeChar(method.charAt(bad));
    problems.add(
      'invalid-method-token',
      { start: span.start + bad, end: span.start + bad + 1 },
      { method, char },
    );
    return;
  }
  const upper = method.toUpperCase();
  if (upper !== method && standard.has(upper))
    problems.add('lowercase-method', span, { method, expected: upper });
}

function checkVersion(version: string, span: Span, problems: ProblemList): void {
  if (!httpVersion.test(version)) problems.add('invalid-http-version', span, { version: excerpt(version) });
  else if (version === 'HTTP/1.0') problems.add('http10-request', span);
  else if (version !== 'HTTP/1.1') problems.add('unsupported-http-version', span, { version });
}

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

/**
 * Parses the request line, reporting problems. Returns null when it has no recognizable
 * method-target-version shape. A line of two words is taken as an HTTP/0.9 request (version '').
 */
export function parseRequestLine(text: string, line: Line, problems: ProblemList): RequestLine | null {
  const span = { start: line.start, end: line.end };
  const { words, odd } = splitWords(text, line);
  const first = words[0];
  const last = words.at(-1);
  const looksLikeVersion = last !== undefined && slice(text, last).startsWith('HTTP/');
  if (
    !first ||
    !last ||
    words.length === 1 ||
    (words.length === 2 && looksLikeVersion) ||
    (words.length > 3 && !looksLikeVersion)
  ) {
    problems.add('invalid-request-line', span, { line: excerpt(slice(text, span)) });
    return null;
  }
  if (odd) problems.add('request-line-whitespace', odd.span, undefined, odd.level);
  const method = slice(text, first);
  checkMethod(method, first, problems);
  const second = words[1] ?? first;
  if (words.length === 2) {
    const target = slice(text, second);
    problems.add('http09-request', span, { method, target: excerpt(target) });
    checkRequestTarget(target, second.start, method, problems);
    const versionSpan = { start: line.end, end: line.end };
    return { method, target, version: '', span, methodSpan: first, targetSpan: second, versionSpan };
  }
  const targetSpan = { start: second.start, end: (words.at(-2) ?? second).end };
  const target = slice(text, targetSpan);
  if (words.length > 3) {
    const gap = targetSpan.start + target.search(/[ \t\r]/);
    problems.add(
      'invalid-request-target',
      { start: gap, end: gap + 1 },
      { target: excerpt(target), char: describeChar(text.charAt(gap)) },
    );
  } else {
    checkRequestTarget(target, targetSpan.start, method, problems);
  }
  const version = slice(text, last);
  checkVersion(version, last, problems);
  return { method, target, version, span, methodSpan: first, targetSpan, versionSpan: last };
}
