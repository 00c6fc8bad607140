/**
 * The status line: `HTTP-version SP status-code SP [ reason-phrase ]`.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-4
 */
import { describeChar, excerpt } from './chars.ts';
import { httpVersion, notReasonPhraseChar, statusCode } from './grammar.ts';
import type { Line } from './lines.ts';
import type { ProblemList } from './problem-list.ts';
import type { StatusLine } from './types.ts';

/**
 * Parses the status line, reporting problems. Returns null when no three-digit status code
 * follows the version.
 */
export function parseStatusLine(text: string, line: Line, problems: ProblemList): StatusLine | null {
  const span = { start: line.start, end: line.end };
  const content = text.slice(line.start, line.end);
  const space = content.indexOf(' ');
  if (space <= 0) {
    problems.add('invalid-status-line', span, { line: excerpt(content) });
    return null;
  }
  const version = content.slice(0, space);
  const versionSpan = { start: line.start, end: line.start + space };
  if (!httpVersion.test(version))
    problems.add('invalid-http-version', versionSpan, { version: excerpt(version) });
  const codeEnd = content.indexOf(' ', space + 1);
  const code = content.slice(space + 1, codeEnd === -1 ? content.length : codeEnd);
  const statusSpan = { start: line.start + space + 1, end: line.start + space + 1 + code.length };
  if (!statusCode.test(code)) {
    problems.add('invalid-status-code', statusSpan, { code: excerpt(code) });
    return null;
  }
  const status = Number(code);
  if (status < 100 || status > 599) problems.add('invalid-status-code', statusSpan, { code });
  if (codeEnd === -1)
    problems.add('status-line-missing-space', { start: statusSpan.end, end: statusSpan.end });
  const reasonStart = codeEnd === -1 ? line.end : line.start + codeEnd + 1;
  const reason = text.slice(reasonStart, line.end);
  const bad = reason.search(notReasonPhraseChar);
  // A bare CR is reported on its own by the head checks.
  if (bad >= 0 && reason.charAt(bad) !== '\r') {
    problems.add(
      'invalid-reason-phrase',
      { start: reasonStart + bad, end: reasonStart + bad + 1 },
      { char: describeChar(reason.charAt(bad)) },
    );
  }
  return {
    version,
    status,
    reason,
    span,
    versionSpan,
    statusSpan,
    reasonSpan: { start: reasonStart, end: line.end },
  };
}
