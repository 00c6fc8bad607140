/**
 * @teapot/mock-api: the REST world learners explore, with sandboxes, a decision trace per
 * exchange, an OpenAPI document, and a request for every status code it can send.
 */
export { createMockApi, createMockService } from './create-mock-api.ts';
export type { MockService } from './create-mock-api.ts';
export { Reply } from './flow/reply.ts';
export type { MockRequest } from './flow/request.ts';
export type { MockApiOptions } from './options.ts';
export type { SandboxLimits } from './sandbox/limits.ts';
export { DEFAULT_LIMITS } from './sandbox/limits.ts';
export type { ExchangeInfo } from './flow/trace.ts';
export { DECISIONS, DECISION_IDS, getDecision } from './decisions.ts';
export type { DecisionInfo } from './decisions.ts';
export type { DecisionId, Trace, TraceStep } from './trace-types.ts';
export { STATUS_EXAMPLES } from './examples/status-examples.ts';
export type { StatusExample } from './examples/status-examples.ts';
export { PROBLEM_TYPES, PROBLEM_TYPE_BASE, getProblemType } from './problem/problem-types.ts';
export type { ProblemCode, ProblemTypeInfo } from './problem/problem-types.ts';
