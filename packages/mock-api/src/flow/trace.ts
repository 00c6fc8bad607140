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

/**
 * A step's fact: a string when it is symbols only (`GET ∈ {GET, HEAD}`), or English and
 * Korean when it has words (`user 2 deleted`, `사용자 2 삭제됨`), with the same symbols.
 */
export type Fact = string | { en: string; ko: string };

/**
 * A fact with words, in English and Korean.
 * @example words(`user ${id} deleted`, `사용자 ${id} 삭제됨`)
 */
export function words(en: string, ko: string): Fact {
  return { en, ko };
}

/**
 * Builds a fact around a part that may have words, in each language the part has.
 * @example mapFact(words('user 1', '사용자 1'), (w) => `${w} ∈ shared`) // 'user 1 ∈ shared' / '사용자 1 ∈ shared'
 */
export function mapFact(part: Fact, build: (text: string) => string): Fact {
  return typeof part === 'string' ? build(part) : { en: build(part.en), ko: build(part.ko) };
}

/** The English text of a fact. */
export function factEn(fact: Fact): string {
  return typeof fact === 'string' ? fact : fact.en;
}

/** Appends one step; `status` marks the step that decided the response. */
export function addStep(
  trace: Trace,
  decision: DecisionId,
  passed: boolean,
  fact: Fact,
  params?: Record<string, string | number>,
  status?: number,
): void {
  const step: TraceStep =
    typeof fact === 'string'
      ? { decision, passed, fact }
      : { decision, passed, fact: fact.en, factKo: fact.ko };
  if (params) step.params = params;
  if (status !== undefined) step.status = status;
  trace.steps.push(step);
}
