/**
 * The words for an editor problem in the learner's language: the knowledge base's text for
 * parser problems, the composer's own strings for its hints.
 */
import { fill, getProblemText } from '@teapot/http-notes';
import { i18n } from '../../../lib/i18n.ts';
import type { EditorProblem, QuickFixKind } from './request-problems.ts';

export interface ProblemWords {
  summary: string;
  text: string;
  see: string;
}

export function problemWords(p: EditorProblem): ProblemWords {
  const lang = i18n.language === 'ko' ? 'ko' : 'en';
  if (p.key === 'json-without-content-type') {
    return {
      summary: i18n.t('composer.problems.jsonWithoutContentType'),
      text: i18n.t('composer.problems.jsonWithoutContentTypeText'),
      see: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.3',
    };
  }
  const words = getProblemText(p.key);
  return {
    summary: fill(words.summary, p.params)[lang],
    text: fill(words.text, p.params)[lang],
    see: words.see,
  };
}

export function fixLabel(kind: QuickFixKind): string {
  return i18n.t(`composer.fix.${kind}`);
}
