/**
 * @teapot/http-notes: the bilingual HTTP knowledge base and the exchange linter.
 */
export type * from './types.ts';
export { LANGS } from './types.ts';
export type { LintInput, TraceLike } from './lint/types.ts';
export { lintExchange } from './lint/index.ts';
export { STATUS_CODES, getStatusCode } from './data/status-codes.ts';
export type { StatusCodeEntry } from './data/status-codes.ts';
export { METHODS, getMethod } from './data/methods.ts';
export type { MethodEntry } from './data/methods.ts';
