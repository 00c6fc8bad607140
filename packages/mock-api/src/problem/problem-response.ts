/**
 * The one place that writes a problem detail: `type`, `title`, `status`, `detail`, `instance`
 * and extension members, as `application/problem+json`. Nothing from an exception leaks.
 * @see https://www.rfc-editor.org/rfc/rfc9457#section-3
 */
import type { ProblemInit } from './problem-error.ts';
import { PROBLEM_TYPES, PROBLEM_TYPE_BASE } from './problem-types.ts';
import { BASE_HEADERS, ECHO_HEADERS } from '../flow/base-headers.ts';
import { Reply } from '../flow/reply.ts';

const encoder = new TextEncoder();

/**
 * Builds the problem+json response for one refusal.
 * @example problemResponse({ code: 'not-found', detail: 'No user 9.' }, '/users/9').status // 404
 * @see https://www.rfc-editor.org/rfc/rfc9457#section-3.1
 */
export function problemResponse(problem: ProblemInit, instance: string): Reply {
  const info = PROBLEM_TYPES[problem.code];
  const body = {
    type: PROBLEM_TYPE_BASE + problem.code,
    title: info.title,
    status: info.status,
    detail: problem.detail,
    instance,
    ...problem.extensions,
  };
  const text = JSON.stringify(body, null, 2) + '\n';
  // The detail and instance quote the request, so the content is the learner's too.
  return new Reply(info.status, text, {
    ...BASE_HEADERS,
    ...ECHO_HEADERS,
    'Content-Type': 'application/problem+json',
    // Explicit, so that HEAD answers with the same headers as GET.
    'Content-Length': String(encoder.encode(text).byteLength),
    'Cache-Control': 'no-store',
    ...problem.headers,
  });
}
