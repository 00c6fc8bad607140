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
   * The request or resource fact that decided it, language-neutral and short,
   * e.g. `If-Match "v3" ≠ current "v4"` or `PATCH ∉ {GET, HEAD, PUT, DELETE}`.
   */
  fact: string;
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
