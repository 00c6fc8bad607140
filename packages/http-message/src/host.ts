/**
 * The Host header field of a request: required in HTTP/1.1, at most one, and a valid
 * `uri-host [ ":" port ]`.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3.2
 */
import { excerpt } from './chars.ts';
import { host } from './grammar.ts';
import { getHeaders } from './headers.ts';
import type { ProblemList } from './problem-list.ts';
import type { HeaderField, RequestLine } from './types.ts';

/** Reports a missing (HTTP/1.1 only), repeated or malformed Host. */
export function checkHost(
  requestLine: RequestLine,
  headers: readonly HeaderField[],
  problems: ProblemList,
): void {
  const hosts = getHeaders({ headers }, 'host');
  if (hosts.length === 0 && requestLine.version === 'HTTP/1.1')
    problems.add('missing-host', requestLine.span);
  for (const extra of hosts.slice(1)) problems.add('duplicate-host', extra.span, { count: hosts.length });
  for (const field of hosts) {
    if (!host.test(field.value))
      problems.add('invalid-host', field.valueSpan, { value: excerpt(field.value) });
  }
}
