/** The decision trace: one per exchange, a step per decision, the deciding step marked. */
import type { DecisionId, Trace, TraceStep } from '../trace-types.ts';
import type { Reply } from './reply.ts';
import type { MockRequest } from './request.ts';

/** What `onExchange` receives once per answered request. */
export interface ExchangeInfo {
  trace: Trace;
  request: MockRequest;
  reply: Reply;
  /** What the server adapter passed along, e.g. `{ incoming }` from node:http. */
  env: unknown;
}

/** Appends one step; `status` marks the step that decided the response. */
export function addStep(
  trace: Trace,
  decision: DecisionId,
  passed: boolean,
  fact: string,
  params?: Record<string, string | number>,
  status?: number,
): void {
  const step: TraceStep = { decision, passed, fact };
  if (params) step.params = params;
  if (status !== undefined) step.status = status;
  trace.steps.push(step);
}
