/**
 * The first two decisions, taken before routing: is the method one this server implements
 * (501 if not), and is the path canonical by the URI rules (308 to the canonical path for
 * slashes, 404 naming the rule otherwise)?
 *
 * A trailing slash gets 308 rather than 301: both are permanent, but 308 keeps the method and
 * content, so `POST /users/` is re-sent as `POST /users`, not turned into a GET.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9
 */
import { ProblemError } from '../problem/problem-error.ts';
import type { ProblemInit } from '../problem/problem-error.ts';
import { BASE_HEADERS } from './base-headers.ts';
import { Reply } from './reply.ts';
import { searchOf } from './request.ts';
import type { MockRequest } from './request.ts';
import type { Trace } from '../trace-types.ts';
import { addStep, words } from './trace.ts';
import { judgePath } from './uri-judge.ts';
import type { UriRule, UriVerdict } from './uri-judge.ts';

export const KNOWN_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const KNOWN: ReadonlySet<string> = new Set(KNOWN_METHODS);
const KNOWN_LIST = KNOWN_METHODS.join(', ');

/** Each URI rule's name in the Korean trace (`/Users: 소문자 규칙 위반`); the English uses the key. */
const RULE_KO: Record<UriRule, string> = {
  'crud-verb': 'CRUD 동사',
  lowercase: '소문자',
  'file-extension': '파일 확장자',
  underscore: '밑줄',
  'trailing-slash': '끝 슬래시',
};

function problemFor(v: UriVerdict, method: string, path: string): ProblemInit {
  const extensions = { rule: v.rule, canonical: v.canonical, ...(v.hint ? { hint: v.hint } : {}) };
  switch (v.rule) {
    case 'crud-verb':
      return {
        code: 'uri-crud-verb',
        detail: `"${path}" puts a CRUD verb in the path. The HTTP method is the verb and the path names the resource: send ${v.hint ?? ''} instead of ${method} ${path}.`,
        extensions,
      };
    case 'lowercase':
      return {
        code: 'uri-lowercase',
        detail: `Paths here are lowercase, and paths are case-sensitive, so "${path}" names nothing. Did you mean ${v.canonical}?`,
        extensions,
      };
    case 'file-extension':
      return {
        code: 'uri-file-extension',
        detail: `URIs here carry no file extensions. Ask for ${v.canonical} and choose the format with the Accept header (${v.hint ?? 'Accept: application/json'}).`,
        extensions,
      };
    default:
      return {
        code: 'uri-underscore',
        detail: `Paths here use hyphens, not underscores, between words. Did you mean ${v.canonical}?`,
        extensions,
      };
  }
}

/**
 * The method-known and uri-canonical decisions: throws a problem (501, 404) or returns the
 * 308 redirect, or returns `undefined` when the request may go on to routing.
 * @example const early = checkMethodAndUri(req, '/users/', trace) // a 308 to /users
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2
 */
export function checkMethodAndUri(req: MockRequest, path: string, trace: Trace): Reply | undefined {
  const method = req.method;
  if (!KNOWN.has(method)) {
    addStep(
      trace,
      'method-known',
      false,
      `${method} ∉ {${KNOWN_LIST}}`,
      { method, known: KNOWN_LIST },
      501,
    );
    throw new ProblemError({
      code: 'not-implemented',
      detail: `This server does not implement ${method} on any resource. It implements ${KNOWN_LIST}.`,
      extensions: { known: [...KNOWN_METHODS] },
    });
  }
  addStep(trace, 'method-known', true, `${method} ∈ {${KNOWN_LIST}}`, { method });
  const search = searchOf(req.url);
  const verdict = judgePath(path, search);
  if (!verdict) {
    addStep(trace, 'uri-canonical', true, words(`${path} is canonical`, `${path}: 정식 경로`), { path });
    return undefined;
  }
  const params = {
    path,
    rule: verdict.rule,
    canonical: verdict.canonical,
    ...(verdict.hint ? { hint: verdict.hint } : {}),
  };
  if (verdict.rule === 'trailing-slash') {
    const location = verdict.canonical + search;
    addStep(
      trace,
      'uri-canonical',
      false,
      words(
        `${path} → ${verdict.canonical} (no trailing slash)`,
        `${path} → ${verdict.canonical} (끝 슬래시 제거)`,
      ),
      params,
      308,
    );
    return new Reply(308, null, {
      ...BASE_HEADERS,
      Location: location,
      'Cache-Control': 'public, max-age=86400',
    });
  }
  addStep(
    trace,
    'uri-canonical',
    false,
    words(`${path} breaks the ${verdict.rule} rule`, `${path}: ${RULE_KO[verdict.rule]} 규칙 위반`),
    params,
    404,
  );
  throw new ProblemError(problemFor(verdict, method, path));
}
