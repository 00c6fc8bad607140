/**
 * Every header present in the request and the response, explained from the knowledge base.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5
 */
import type { HeaderField } from '@teapot/http-message';
import { getHeaderInfo } from '../data/headers.ts';
import type { Note } from '../types.ts';
import type { Check } from './types.ts';

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
      text: {
        en: 'Recipients ignore header fields they do not recognize, so this one only means something to software that knows it.',
        ko: '받는 쪽은 모르는 헤더 필드를 무시하므로, 이 필드는 이를 아는 소프트웨어에게만 의미가 있습니다.',
      },
      see: 'https://www.rfc-editor.org/rfc/rfc9110#section-5.1',
    };
  }
  return {
    id: `header-${info.name.toLowerCase()}`,
    level: 'info',
    category: 'header',
    subject: { kind: 'header', message, name: field.name },
    target: message,
    span: field.span,
    summary: { en: `${info.name}: ${info.summary.en}`, ko: `${info.name}: ${info.summary.ko}` },
    text: info.text,
    see: info.spec.url,
  };
}

export const headerExplanations: Check = ({ request, response }) => [
  ...request.headers.map((h) => explain(h, 'request')),
  ...(response?.headers.map((h) => explain(h, 'response')) ?? []),
];
