/**
 * The decision trace: the ordered decisions that produced a response, in the spirit of
 * Webmachine's HTTP decision diagram. The playground shows it; `@teapot/http-notes`
 * turns each step into en/ko prose from `decision` + `params`.
 */

import type { DECISION_IDS } from './decisions.ts';

/** Stable ids of decisions. http-notes has en/ko text for each one. */
export type DecisionId = (typeof DECISION_IDS)[number];

export interface TraceStep {
  /** Which question was asked, e.g. 'method-allowed', 'if-match'. */
  decision: DecisionId;
  /** The answer: true = the request passed this check. */
  passed: boolean;
  /**
   * The request or resource fact that decided it, short and in symbols where it can be,
   * e.g. `If-Match "v3" ≠ current "v4"` or `PATCH ∉ {GET, HEAD, PUT, DELETE}`. A fact with
   * words (`user 2 deleted`) is in English here and in Korean in `factKo`.
   */
  fact: string;
  /**
   * The fact in Korean, present only when the fact has words, e.g. `사용자 2 삭제됨`. It keeps
   * the symbols, numbers, paths, header names and quoted values of `fact` as they are.
   */
  factKo?: string;
  /** Named facts for interpolation into en/ko text, e.g. { method: 'PATCH', allow: 'GET, HEAD' }. */
  params?: Record<string, string | number>;
  /** The status this step settled on, when this step decided the response. */
  status?: number;
}

export interface Trace {
  steps: TraceStep[];
  /** The final status the app produced. */
  status: number;
  /** The route pattern that matched, e.g. '/users/:id', when one did. */
  route?: string;
  /** The sandbox the request acted on: 'shared' or a sandbox id (never the token). */
  sandbox?: string;
}
