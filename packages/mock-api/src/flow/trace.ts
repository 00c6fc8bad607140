/**
 * The exchange recorder: starts a trace for each request, and reports each finished response
 * once, whatever produced it (a handler, the error handler or the not-found handler).
 */
import type { MiddlewareHandler } from 'hono';
import type { DecisionId, Trace, TraceStep } from '../trace-types.ts';
import type { MockEnv } from './runtime.ts';

export interface ExchangeInfo {
  trace: Trace;
  request: Request;
  response: Response;
  env: unknown;
}

/**
 * Middleware that records the trace and calls `onExchange` exactly once per response.
 * @example app.use('*', recordExchange({ onExchange: ({ trace }) => console.log(trace.status) }))
 * @see https://github.com/webmachine/webmachine/wiki/Diagram
 */
export function recordExchange(options: {
  onExchange?: ((info: ExchangeInfo) => void) | undefined;
}): MiddlewareHandler<MockEnv> {
  const onExchange = options.onExchange;
  return async function recorder(c, next) {
    const trace: Trace = { steps: [], status: 0 };
    c.set('trace', trace);
    await next();
    trace.status = c.res.status;
    onExchange?.({ trace, request: c.req.raw, response: c.res, env: c.env });
  };
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
