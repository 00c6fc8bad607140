import type { Note } from '../types.ts';
import { cacheability } from './cache.ts';
import { headerExplanations } from './header-explain.ts';
import { withRules } from './note-rules.ts';
import { methodMeaning } from './method.ts';
import { requestRules } from './request-rules.ts';
import { responseRules } from './response-rules.ts';
import { statusMeaning, statusWhy } from './status.ts';
import { syntaxProblems } from './syntax.ts';
import type { Check, LintInput } from './types.ts';
import { uriRules } from './uri-rules.ts';

/** Checks in the order their notes are shown: meaning and why first, headers last. */
const CHECKS: readonly Check[] = [
  statusMeaning,
  statusWhy,
  methodMeaning,
  syntaxProblems,
  uriRules,
  requestRules,
  responseRules,
  cacheability,
  headerExplanations,
];

/**
 * Everything a good teacher would say about one exchange, in English and Korean.
 * Never throws: malformed messages become notes. A note that applies a design rule names it
 * in `rule` (see note-rules.ts).
 * @example lintExchange({ request: parseRequest(raw), response: parseResponse(text), trace: null })
 * @see https://www.rfc-editor.org/rfc/rfc9110
 */
export function lintExchange(input: LintInput): Note[] {
  return withRules(
    CHECKS.flatMap((check) => check(input)),
    input.response?.statusLine?.status,
  );
}
