/**
 * Where `parseRequest` and Node's strict parser (llhttp, default options) reach different
 * verdicts on the same bytes, on purpose or not yet fixed. Reviewed by hand: each entry says
 * who is stricter, why, and shows an example that parser-agreement.test.ts checks is still a
 * real difference. `defect` marks a bug to fix, not a choice.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
import { METHODS } from 'node:http';
import type { Problem, RequestMessage } from '@teapot/http-message';

const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110';
const RFC9112 = 'https://www.rfc-editor.org/rfc/rfc9112';

interface Base {
  id: string;
  /** A request showing the difference. */
  example: string;
  why: string;
  see: string;
  /** Set when the difference is a bug: where it is and what the fix is. */
  defect?: string;
}

/** parseRequest reports a `bad` problem that Node lets through to the handler. */
export interface ParserStricter extends Base {
  stricter: 'parser';
  covers: (problem: Problem, request: RequestMessage, text: string) => boolean;
}

/** Node refuses a request in which parseRequest finds nothing `bad`. */
export interface NodeStricter extends Base {
  stricter: 'node';
  covers: (request: RequestMessage, text: string) => boolean;
}

export type KnownDifference = ParserStricter | NodeStricter;

const GET = 'GET /users/1 HTTP/1.1\r\nHost: localhost\r\n';
/** Characters llhttp takes in a request-target although RFC 3986 does not allow them there. */
const TARGET_CHARS_NODE_TAKES = new Set(['"', '<', '>', '\\', '^', '`', '{', '|', '}']);

export const KNOWN_DIFFERENCES = [
  {
    id: 'duplicate-host',
    stricter: 'parser',
    example: `${GET}Host: other\r\n\r\n`,
    why: 'RFC 9112 requires 400 for a request with more than one Host line; Node leaves that to the application (the mock server refuses it in preflight).',
    see: `${RFC9112}#section-3.2`,
    covers: (problem) => problem.key === 'duplicate-host',
  },
  {
    id: 'invalid-host',
    stricter: 'parser',
    example: 'GET /users/1 HTTP/1.1\r\nHost: local\thost\r\n\r\n',
    why: 'A Host value that is not uri-host [":" port] calls for 400; Node does not check its syntax.',
    see: `${RFC9112}#section-3.2`,
    covers: (problem) => problem.key === 'invalid-host',
  },
  {
    id: 'target-chars-outside-rfc3986',
    stricter: 'parser',
    example: 'GET /a"b HTTP/1.1\r\nHost: localhost\r\n\r\n',
    why: 'RFC 3986 has no place for " < > \\ ^ ` { | } in a URI; llhttp accepts them in the request-target for compatibility.',
    see: 'https://www.rfc-editor.org/rfc/rfc3986#section-2',
    covers: (problem) =>
      problem.key === 'invalid-request-target' && TARGET_CHARS_NODE_TAKES.has(String(problem.params?.char)),
  },
  {
    id: 'asterisk-form-outside-options',
    stricter: 'parser',
    example: 'GET * HTTP/1.1\r\nHost: localhost\r\n\r\n',
    why: 'The asterisk-form is only for OPTIONS; Node hands `GET *` to the handler.',
    see: `${RFC9112}#section-3.2.4`,
    covers: (problem) => problem.key === 'target-form-not-allowed' && problem.params?.form === 'asterisk',
  },
  {
    id: 'http-version-0.9-or-2.0',
    stricter: 'parser',
    example: 'GET /users/1 HTTP/2.0\r\nHost: localhost\r\n\r\n',
    why: 'A text request line labelled HTTP/0.9 or HTTP/2.0 is not HTTP/1.x (505); llhttp parses it like HTTP/1.1.',
    see: `${RFC9110}#section-15.6.6`,
    covers: (problem) =>
      problem.key === 'unsupported-http-version' &&
      ['HTTP/0.9', 'HTTP/2.0'].includes(String(problem.params?.version)),
  },
  {
    id: 'stray-cr-before-request-line',
    stricter: 'parser',
    example: `\r${GET}\r\n`,
    why: 'A bare CR is invalid wherever it appears; llhttp skips CR and LF before a request line.',
    see: `${RFC9112}#section-2.2`,
    covers: (problem, _request, text) =>
      ['bare-cr', 'request-line-whitespace'].includes(problem.key) &&
      problem.span.end <= (/^[\r\n]*/.exec(text)?.[0].length ?? 0),
  },
  {
    id: 'bare-lf',
    stricter: 'node',
    example: 'GET /users/1 HTTP/1.1\nHost: localhost\n\n',
    why: 'A recipient MAY take a bare LF as a line ending, so parseRequest only warns (and the playground normalizes line endings before sending); strict llhttp answers 400.',
    see: `${RFC9112}#section-2.2`,
    covers: (request) => request.problems.some((p) => p.key === 'bare-lf'),
  },
  {
    id: 'method-unknown-to-node',
    stricter: 'node',
    example: 'BREW /pot HTTP/1.1\r\nHost: localhost\r\n\r\n',
    why: 'Any token is a valid method (a server that does not know it answers 501); llhttp knows a fixed list and answers 400 to the rest.',
    see: `${RFC9110}#section-9.1`,
    covers: (request) => request.requestLine !== null && !METHODS.includes(request.requestLine.method),
  },
  {
    id: 'empty-transfer-coding-element',
    stricter: 'node',
    example: `PUT /users/1 HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked,\r\n\r\n0\r\n\r\n`,
    why: 'Transfer-Encoding is a list, and a recipient must accept and ignore empty list elements, so "chunked," is chunked; llhttp answers 400 to an empty element there.',
    see: `${RFC9110}#section-5.6.1.2`,
    covers: (request) =>
      request.headers.some(
        (h) => h.name.toLowerCase() === 'transfer-encoding' && h.value.split(',').some((e) => e.trim() === ''),
      ),
  },
  {
    id: 'unknown-expectation',
    stricter: 'node',
    example: `${GET}Expect: 100-wait\r\n\r\n`,
    why: 'An Expect value other than 100-continue is well-formed; a server MAY answer 417, and Node does.',
    see: `${RFC9110}#section-10.1.1`,
    covers: (request) =>
      request.headers.some(
        (h) => h.name.toLowerCase() === 'expect' && h.value.toLowerCase() !== '100-continue',
      ),
  },
] as const satisfies readonly KnownDifference[];

/**
 * The entries that explain a disagreement, or an empty list when it is unexplained. A stricter
 * parser is explained only when every one of its `bad` problems is covered.
 *
 * @example explain('node', parseRequest(text), text) // [{ id: 'bare-lf', ... }]
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
export function explain(
  stricter: 'node' | 'parser',
  request: RequestMessage,
  text: string,
): KnownDifference[] {
  const entries: readonly KnownDifference[] = KNOWN_DIFFERENCES;
  if (stricter === 'node') {
    return entries.filter((d): d is NodeStricter => d.stricter === 'node' && d.covers(request, text));
  }
  const bad = request.problems.filter((p) => p.level === 'bad');
  const parserEntries = entries.filter((d): d is ParserStricter => d.stricter === 'parser');
  const used = new Set<KnownDifference>();
  for (const problem of bad) {
    const entry = parserEntries.find((d) => d.covers(problem, request, text));
    if (!entry) return [];
    used.add(entry);
  }
  return [...used];
}
