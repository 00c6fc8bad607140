/**
 * What this request method means.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9
 */
import { getMethod } from '../data/methods.ts';
import type { MethodEntry } from '../data/methods.ts';
import type { KnowledgeRef } from '../types.ts';
import { fill } from './format.ts';
import { perEntry } from './memo.ts';
import type { Check } from './types.ts';

/** The parts of a method note that only depend on the knowledge-base entry. */
const meaningParts = perEntry((entry: MethodEntry) => ({
  id: `method-${entry.name.toLowerCase()}`,
  summary: Object.freeze({ en: `${entry.name}: ${entry.summary.en}`, ko: `${entry.name}: ${entry.summary.ko}` }),
  about: Object.freeze({ kind: 'method', name: entry.name }) satisfies KnowledgeRef,
  see: entry.spec.url,
}));

export const methodMeaning: Check = ({ request }) => {
  const line = request.requestLine;
  if (!line) return [];
  const entry = getMethod(line.method);
  const base = {
    category: 'method' as const,
    subject: { kind: 'request-line' as const },
    target: 'request' as const,
    span: line.methodSpan,
  };
  if (!entry) {
    return [
      {
        ...base,
        id: 'method-unknown',
        level: 'warn',
        summary: fill({ en: '{method} is not a standard method', ko: '{method}은(는) 표준 메서드가 아닙니다' }, {
          method: line.method,
        }),
        text: {
          en: 'Method names are case-sensitive, and the standard ones are all uppercase. A server answers 501 (or 405 for a known but unsupported one).',
          ko: '메서드 이름은 대소문자를 구분하고, 표준 메서드는 모두 대문자입니다. 서버는 모르는 메서드에 501을(지원하지 않는 메서드에는 405를) 응답합니다.',
        },
        see: 'https://www.rfc-editor.org/rfc/rfc9110#section-9.1',
      },
    ];
  }
  const parts = meaningParts(entry);
  return [{ ...base, id: parts.id, level: 'info', summary: parts.summary, about: parts.about, see: parts.see }];
};
