/**
 * One request on its way through a resource: the trace it writes, what the gates found out
 * (who is asking, which representation, the content), and the world it acts on.
 */
import type { MediaKind, OpMethod, Operation, ResourceDef } from '../resources/define.ts';
import type { ProblemInit } from '../problem/problem-error.ts';
import { Halt, ProblemError } from '../problem/problem-error.ts';
import { PROBLEM_TYPES } from '../problem/problem-types.ts';
import type { Grant } from '../sandbox/sandbox-store.ts';
import type { World } from '../sandbox/world.ts';
import type { DecisionId, Trace } from '../trace-types.ts';
import type { Reply } from './reply.ts';
import { decodeParam, queryParam } from './request.ts';
import type { MockRequest } from './request.ts';
import type { Runtime } from './runtime.ts';
import { addStep } from './trace.ts';
import type { Fact } from './trace.ts';

export type Params = Record<string, string | number>;

export class Flow {
  readonly method: string;
  /** The operation that serves this method (HEAD uses GET's). */
  readonly op: Operation | undefined;
  readonly opMethod: OpMethod | undefined;
  world: World;
  grant: Grant | undefined;
  /** The representation picked by Accept, when the response has one. */
  chosen: MediaKind | undefined;
  /** The request content as text (read by the content gate). */
  bodyText = '';
  /** `anonymous`, `viewer`, `editor` or `teacher`. */
  role = 'anonymous';

  readonly req: MockRequest;
  /** The request's path, percent-decoded. */
  readonly path: string;
  readonly trace: Trace;
  readonly resource: ResourceDef;
  readonly rt: Runtime;
  readonly #params: Record<string, string>;

  constructor(
    req: MockRequest,
    path: string,
    params: Record<string, string>,
    trace: Trace,
    resource: ResourceDef,
    rt: Runtime,
  ) {
    this.req = req;
    this.path = path;
    this.#params = params;
    this.trace = trace;
    this.resource = resource;
    this.rt = rt;
    this.method = req.method;
    const m = (this.method === 'HEAD' ? 'GET' : this.method) as OpMethod;
    this.op = Object.hasOwn(resource.operations, m) ? resource.operations[m] : undefined;
    this.opMethod = this.op ? m : undefined;
    this.world = rt.shared;
  }

  /** A path parameter, decoded (always present: the route matched). */
  param(name: string): string {
    const value = this.#params[name];
    return value === undefined ? '' : decodeParam(value);
  }

  /** A request header field; `name` in lowercase. */
  header(name: string): string | undefined {
    return this.req.header(name);
  }

  /** The first value of a query parameter. */
  query(name: string): string | undefined {
    return queryParam(this.req.url, name);
  }

  /** `shared` or the sandbox id, for traces and facts. */
  get sandboxName(): string {
    return this.world.sandbox?.id ?? 'shared';
  }

  /** Records a check the request passed. */
  pass(decision: DecisionId, fact: Fact, params?: Params): void {
    addStep(this.trace, decision, true, fact, params);
  }

  /** Records an answer that did not settle the response, e.g. `created: false` before a 204. */
  answer(decision: DecisionId, passed: boolean, fact: Fact, params?: Params): void {
    addStep(this.trace, decision, passed, fact, params);
  }

  /** Records the step that settled the response with `status`. */
  settle(
    decision: DecisionId,
    passed: boolean,
    fact: Fact,
    params: Params | undefined,
    status: number,
  ): void {
    addStep(this.trace, decision, passed, fact, params, status);
  }

  /** Records a failed check and refuses the request with a problem detail. */
  refuse(decision: DecisionId, fact: Fact, params: Params | undefined, problem: ProblemInit): never {
    addStep(this.trace, decision, false, fact, params, PROBLEM_TYPES[problem.code].status);
    throw new ProblemError(problem);
  }

  /** Records a short-circuit (304, a redirect) and ends the request with `response`. */
  halt(
    decision: DecisionId,
    passed: boolean,
    fact: Fact,
    params: Params | undefined,
    reply: Reply,
  ): never {
    addStep(this.trace, decision, passed, fact, params, reply.status);
    throw new Halt(reply);
  }
}
