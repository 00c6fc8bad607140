/**
 * @teapot/http-notes: the bilingual HTTP knowledge base and the exchange linter.
 */
export type * from './types.ts';
export { LANGS } from './types.ts';
export type { LintInput, TraceLike, TraceStepLike } from './lint/types.ts';
export type { ExchangeDocument } from './exchange.ts';
export { lintExchange } from './lint/index.ts';
export { fill, stepFact } from './lint/format.ts';
export { knowledgeText, noteText } from './lint/note-text.ts';
export { STATUS_CODES, getStatusCode } from './data/status-codes.ts';
export type { StatusCodeEntry } from './data/status-code-entry.ts';
export { METHODS, getMethod } from './data/methods.ts';
export type { MethodEntry } from './data/methods.ts';
export { HEADERS, getHeaderInfo } from './data/headers.ts';
export type { HeaderEntry } from './data/headers.ts';
export { RULES, getRule } from './data/rules.ts';
export { ruleSubjects } from './data/rule-subjects.ts';
export type { RuleEntry } from './data/rules.ts';
export { PROBLEM_TEXTS, getProblemText } from './data/problem-texts.ts';
export { DECISION_TEXTS, getDecisionText } from './data/decision-texts.ts';
export type { ProblemText } from './data/problem-texts.ts';
