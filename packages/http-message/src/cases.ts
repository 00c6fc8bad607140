/**
 * The shared case table: raw messages and what parsing them must give. `cases.test.ts` runs it
 * through the parser, the serializer round trip and the problem-table completeness check.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2
 */
import { REQUEST_CASES } from './request-cases.ts';
import { RESPONSE_CASES } from './response-cases.ts';
import type { ParseResponseOptions, ProblemKey, ProblemLevel } from './types.ts';

export interface CaseExpect {
  complete?: boolean;
  messageEnd?: number;
  rest?: string;
  body?: string;
  content?: string;
  method?: string;
  target?: string;
  version?: string;
  status?: number;
  reason?: string;
  /** Name and value of every field, in order. */
  headers?: readonly (readonly [string, string])[];
  /** The exact text under the first problem with this key. */
  spans?: Partial<Record<ProblemKey, string>>;
  params?: Partial<Record<ProblemKey, Record<string, string | number>>>;
  levels?: Partial<Record<ProblemKey, ProblemLevel>>;
  interim?: readonly number[];
}

export interface MessageCase {
  name: string;
  kind: 'request' | 'response';
  text: string;
  options?: ParseResponseOptions;
  /** Every problem key the parse must report, one entry per occurrence (order does not matter). */
  problems: readonly ProblemKey[];
  expect?: CaseExpect;
  /** Written the way `serialize` writes: parse then serialize gives the text back. */
  canonical?: boolean;
}

export const CASES: readonly MessageCase[] = [...REQUEST_CASES, ...RESPONSE_CASES];
