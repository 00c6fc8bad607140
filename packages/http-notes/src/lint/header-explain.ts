/**
 * Every header present in the request and the response, explained from the knowledge base.
 * The explanation's text stays in the knowledge base (`about`); only the one-line summary,
 * built once per field, travels with the exchange.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5
 */
import type { HeaderField } from '@teapot/http-message';
import { getHeaderInfo } from '../data/headers.ts';
import type { HeaderEntry } from '../data/headers.ts';
import type { KnowledgeRef, Localized, Note } from '../types.ts';
import { perEntry } from './memo.ts';
import type { Check } from './types.ts';

/** The parts of a header note that only depend on the knowledge-base entry. */
const knownParts = perEntry((info: HeaderEntry) => ({
  id: `header-${info.name.toLowerCase()}`,
  summary: Object.freeze({ en: `${info.name}: ${info.summary.en}`, ko: `${info.name}: ${info.summary.ko}` }),
  about: Object.freeze({ kind: 'header', name: info.name }) satisfies KnowledgeRef,
  see: info.spec.url,
}));

const UNKNOWN_TEXT: Localized = Object.freeze({
  en: 'Recipients ignore header fields they do not recognize, so this one only means something to software that knows it.',
  ko: '받는 쪽은 모르는 헤더 필드를 무시하므로, 이 필드는 이를 아는 소프트웨어에게만 의미가 있습니다.',
});

function explain(field: HeaderField, message: 'request' | 'response'): Note {
  const info = getHeaderInfo(field.name);
  if (!info) {
    return {
      id: 'header-unknown',
      level: 'info',
      category: 'header',
      subject: { kind: 'header', message, name: field.name },
      target: message,
      span: field.span,
      summary: { en: `${field.name}: not a registered field`, ko: `${field.name}: 등록되지 않은 필드입니다` },
      text: UNKNOWN_TEXT,
      see: 'https://www.rfc-editor.org/rfc/rfc9110#section-5.1',
    };
  }
  const parts = knownParts(info);
  return {
    id: parts.id,
    level: 'info',
    category: 'header',
    subject: { kind: 'header', message, name: field.name },
    target: message,
    span: field.span,
    summary: parts.summary,
    about: parts.about,
    see: parts.see,
  };
}

export const headerExplanations: Check = ({ request, response }) => {
  const notes = request.headers.map((h) => explain(h, 'request'));
  if (response) for (const h of response.headers) notes.push(explain(h, 'response'));
  return notes;
};
