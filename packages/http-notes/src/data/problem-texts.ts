/**
 * En/ko words for every problem `@teapot/http-message` reports, keyed by its problem key.
 * `{name}` placeholders are filled from the problem's params. The spec link comes from the
 * parser's own table, so a key and its section live in one place.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
import { getProblemInfo } from '@teapot/http-message';
import type { ProblemKey } from '@teapot/http-message';
import type { Localized } from '../types.ts';
import { PROBLEM_TEXTS_HEAD } from './problem-texts-head.ts';
import { PROBLEM_TEXTS_FIELDS } from './problem-texts-fields.ts';
import { PROBLEM_TEXTS_BODY } from './problem-texts-body.ts';

export interface ProblemText {
  summary: Localized;
  text: Localized;
}

export const PROBLEM_TEXTS = {
  ...PROBLEM_TEXTS_HEAD,
  ...PROBLEM_TEXTS_FIELDS,
  ...PROBLEM_TEXTS_BODY,
} as const satisfies Record<ProblemKey, ProblemText>;

const FALLBACK: ProblemText = {
  summary: { en: 'A problem in the message syntax', ko: '메시지 문법에 문제가 있습니다' },
  text: {
    en: 'This part of the message does not follow the HTTP/1.1 syntax.',
    ko: '메시지의 이 부분이 HTTP/1.1 문법을 따르지 않습니다.',
  },
};

/**
 * The words and spec link for a parser problem.
 * @example getProblemText('header-missing-colon').summary.en
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-5
 */
export function getProblemText(key: string): ProblemText & { see: string } {
  const text = (PROBLEM_TEXTS as Record<string, ProblemText>)[key] ?? FALLBACK;
  return { ...text, see: getProblemInfo(key)?.see ?? 'https://www.rfc-editor.org/rfc/rfc9112#section-2' };
}
