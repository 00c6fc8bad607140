/**
 * What handlers throw to refuse a request; the one error handler turns it into
 * `application/problem+json`. `Halt` carries a finished non-problem reply (304, redirects).
 * @see https://www.rfc-editor.org/rfc/rfc9457#section-3
 */
import type { Reply } from '../flow/reply.ts';
import type { ProblemCode } from './problem-types.ts';

export interface ProblemInit {
  code: ProblemCode;
  /** Human-readable, specific to this occurrence. */
  detail: string;
  /** Extension members, e.g. `errors`, `allow`, `available`, `hint`. */
  extensions?: Record<string, unknown>;
  /** Response headers the status needs, e.g. Allow on 405. */
  headers?: Record<string, string>;
}

export class ProblemError extends Error {
  readonly problem: ProblemInit;

  constructor(problem: ProblemInit) {
    super(problem.detail);
    this.problem = problem;
    this.name = 'ProblemError';
  }
}

export class Halt extends Error {
  readonly reply: Reply;

  constructor(reply: Reply) {
    super(`halt ${reply.status}`);
    this.reply = reply;
    this.name = 'Halt';
  }
}
