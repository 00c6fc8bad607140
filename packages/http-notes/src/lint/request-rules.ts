/**
 * Request lints: what a careful client would fix before sending.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1
 */
import { byteLength } from '@teapot/http-message';
import type { Note } from '../types.ts';
import { fill } from './format.ts';
import { header, headerNote, isJsonType, mediaType } from './helpers.ts';
import type { NoteText } from './helpers.ts';
import type { Check } from './types.ts';

const TEXT = {
  noContentType: {
    level: 'warn',
    summary: { en: 'A body without Content-Type', ko: 'Content-Type 없는 본문' },
    text: {
      en: 'The body has {bytes} bytes but nothing says what they are. A sender SHOULD send Content-Type with content; a strict API answers 415 Unsupported Media Type. For JSON, add Content-Type: application/json.',
      ko: '본문이 {bytes}바이트 있지만 어떤 형식인지 알려 주는 헤더가 없습니다. 본문을 보낼 때는 Content-Type을 함께 보내야 합니다(SHOULD). 엄격한 API는 415 Unsupported Media Type으로 응답합니다. JSON이라면 Content-Type: application/json을 추가하세요.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.3',
  },
  badJson: {
    level: 'bad',
    summary: { en: 'The body is not valid JSON', ko: '본문이 올바른 JSON이 아닙니다' },
    text: {
      en: 'Content-Type says {type}, but the body does not parse as JSON ({error}). The server will answer 400 Bad Request.',
      ko: 'Content-Type은 {type}인데 본문을 JSON으로 해석할 수 없습니다({error}). 서버는 400 Bad Request로 응답할 것입니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc8259#section-2',
  },
  jsonLooksLikeJson: {
    level: 'warn',
    summary: { en: 'The body looks like JSON, but Content-Type says {type}', ko: '본문은 JSON처럼 보이는데 Content-Type은 {type}입니다' },
    text: {
      en: 'The server reads the body by its Content-Type, not by its looks. If this is JSON, say application/json; otherwise expect a 415.',
      ko: '서버는 본문을 생김새가 아니라 Content-Type을 보고 해석합니다. JSON이라면 application/json이라고 밝히세요. 그렇지 않으면 415를 받게 됩니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.3',
  },
  acceptWeird: {
    level: 'warn',
    summary: { en: 'Accept has a member that is not a media range: {member}', ko: 'Accept에 미디어 범위가 아닌 값이 있습니다: {member}' },
    text: {
      en: 'Each member of Accept is type/subtype, type/* or */*, optionally with ;q= weights (for example application/json, text/csv;q=0.5).',
      ko: 'Accept의 각 값은 type/subtype, type/*, */* 형태이고 ;q= 가중치를 붙일 수 있습니다(예: application/json, text/csv;q=0.5).',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1',
  },
} as const satisfies Record<string, NoteText>;

const MEDIA_RANGE = /^(\*\/\*|[!#$%&'*+.^_`|~0-9a-z-]+\/(\*|[!#$%&'*+.^_`|~0-9a-z-]+))$/i;

export const requestRules: Check = ({ request }) => {
  const line = request.requestLine;
  if (!line) return [];
  const notes: Note[] = [];
  const content = request.content;
  const contentType = header(request, 'content-type');

  if (content.length > 0 && !contentType) {
    notes.push({
      id: 'request-body-no-content-type',
      level: TEXT.noContentType.level,
      category: 'request',
      subject: { kind: 'body', message: 'request' },
      target: 'request',
      span: request.bodySpan,
      summary: TEXT.noContentType.summary,
      text: fill(TEXT.noContentType.text, { bytes: byteLength(content) }),
      see: TEXT.noContentType.see,
    });
  }

  if (contentType && content.trim().length > 0) {
    const type = mediaType(contentType.value);
    if (isJsonType(type)) {
      try {
        JSON.parse(content);
      } catch (err) {
        const error = err instanceof Error ? err.message : 'syntax error';
        notes.push(headerNote('request-body-invalid-json', TEXT.badJson, 'request', contentType, { type, error }));
      }
    } else if (/^\s*[{[]/.test(content)) {
      try {
        JSON.parse(content);
        notes.push(headerNote('request-body-looks-json', TEXT.jsonLooksLikeJson, 'request', contentType, { type }));
      } catch {
        // Not JSON after all: nothing to say.
      }
    }
  }

  const accept = header(request, 'accept');
  if (accept) {
    for (const member of accept.value.split(',')) {
      const range = mediaType(member);
      if (range && !MEDIA_RANGE.test(range)) {
        notes.push(headerNote('request-accept-invalid', TEXT.acceptWeird, 'request', accept, { member: range }));
        break;
      }
    }
  }
  return notes;
};
