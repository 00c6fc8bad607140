/**
 * The one error handler and the one not-found handler. Every refusal becomes
 * `application/problem+json` here; an unexpected error becomes a plain 500 problem that says
 * nothing about the code that failed.
 * @see https://www.rfc-editor.org/rfc/rfc9457#section-3
 */
import { Halt, ProblemError } from '../problem/problem-error.ts';
import { problemResponse } from '../problem/problem-response.ts';
import type { Trace } from '../trace-types.ts';
import type { Reply } from './reply.ts';
import { addStep, words } from './trace.ts';

/**
 * Formats thrown refusals, passes through halts (304, redirects), and hides unexpected errors.
 * @example replyToError(err, '/users/1', trace)
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1
 */
export function replyToError(err: unknown, path: string, trace: Trace): Reply {
  if (err instanceof Halt) return err.reply;
  if (err instanceof ProblemError) return problemResponse(err.problem, path);
  addStep(
    trace,
    'handler-succeeded',
    false,
    words('the handler failed with an unexpected error', '핸들러에서 예상치 못한 오류 발생'),
    {},
    500,
  );
  return problemResponse(
    {
      code: 'internal-error',
      detail:
        'The server failed while handling this request. The fault is on the server side, not in your request; the same request may work later.',
    },
    path,
  );
}

/**
 * 404 for a path that matches no route (after the URI rules found nothing wrong with it).
 * @example replyNotFound('/nowhere', trace)
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5
 */
export function replyNotFound(path: string, trace: Trace): Reply {
  addStep(
    trace,
    'route-matched',
    false,
    words(`no route matches ${path}`, `${path}에 맞는 라우트 없음`),
    { path },
    404,
  );
  return problemResponse(
    { code: 'not-found', detail: `Nothing lives at ${path}. GET / lists where to start.` },
    path,
  );
}
