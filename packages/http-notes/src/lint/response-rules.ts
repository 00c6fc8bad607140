/**
 * RFC MUSTs and SHOULDs for a single response: the headers a status requires, bodies where
 * none may be, negotiation that does not say Vary, and what the ETag promises.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
import type { Note } from '../types.ts';
import { fill } from './format.ts';
import { header, headerList, headerNote } from './helpers.ts';
import type { NoteText } from './helpers.ts';
import type { Check } from './types.ts';

const TEXT = {
  location201: {
    level: 'bad',
    summary: { en: '201 Created without Location', ko: 'Location 없는 201 Created' },
    text: {
      en: 'A 201 says a new resource exists; Location tells the client where. Without it the client has to guess the new URI (some popular mock servers make this mistake).',
      ko: '201은 새 리소스가 생겼다는 뜻이고, Location은 그 리소스가 어디 있는지 알려 줍니다. Location이 없으면 클라이언트가 새 URI를 추측해야 합니다(유명한 목 서버 중에도 이 실수를 하는 것이 있습니다).',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2',
  },
  location3xx: {
    level: 'bad',
    summary: { en: '{status} redirect without Location', ko: 'Location 없는 {status} 리다이렉트' },
    text: {
      en: 'A redirect is only useful with a target: the server SHOULD send Location with the URI to follow.',
      ko: '리다이렉트는 이동할 곳이 있어야 쓸모가 있습니다. 서버는 따라갈 URI를 Location에 담아 보내야 합니다(SHOULD).',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2',
  },
  allow405Missing: {
    level: 'bad',
    summary: { en: '405 without Allow', ko: 'Allow 없는 405' },
    text: {
      en: 'A server MUST send Allow with a 405, listing the methods the resource does support, so the client can correct its request.',
      ko: '405 응답에는 반드시 Allow 헤더로 이 리소스가 지원하는 메서드 목록을 보내야 합니다(MUST). 그래야 클라이언트가 요청을 고칠 수 있습니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6',
  },
  allow405: {
    level: 'good',
    summary: { en: 'Allow lists what works here: {allow}', ko: 'Allow가 사용할 수 있는 메서드를 알려 줍니다: {allow}' },
    text: {
      en: 'The method {method} is not supported by this resource. The server listed {allow} in Allow: send one of those instead.',
      ko: '이 리소스는 {method} 메서드를 지원하지 않습니다. 서버가 Allow에 {allow}를 적어 보냈으니 그중 하나로 다시 요청하세요.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1',
  },
  auth401: {
    level: 'bad',
    summary: { en: '401 without WWW-Authenticate', ko: 'WWW-Authenticate 없는 401' },
    text: {
      en: 'A 401 MUST carry WWW-Authenticate with at least one challenge, telling the client how to authenticate (for example Bearer). If credentials are fine but not enough, the right code is 403.',
      ko: '401 응답에는 클라이언트가 어떻게 인증해야 하는지(예: Bearer) 알려 주는 WWW-Authenticate 헤더가 반드시 있어야 합니다(MUST). 자격 증명은 맞는데 권한이 부족한 경우라면 403이 맞습니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2',
  },
  bodyForbidden: {
    level: 'bad',
    summary: { en: 'A {status} response with a body', ko: '본문이 있는 {status} 응답' },
    text: {
      en: 'A {status} response ends at the blank line after its headers: it cannot carry content. Bytes after it would be read as the start of the next response.',
      ko: '{status} 응답은 헤더 뒤 빈 줄에서 끝나며 본문을 가질 수 없습니다. 그 뒤에 오는 바이트는 다음 응답의 시작으로 읽힙니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9112#section-6.3',
  },
  noBodyGood: {
    level: 'good',
    summary: { en: 'No body, as a {status} must be', ko: '{status} 응답답게 본문이 없습니다' },
    text: {
      en: 'A {status} response never has content; the message ends right after the headers.',
      ko: '{status} 응답에는 본문이 없고, 메시지는 헤더 바로 뒤에서 끝납니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9112#section-6.3',
  },
  varyMissing: {
    level: 'warn',
    summary: { en: 'Negotiated by Accept, but no Vary: Accept', ko: 'Accept로 협상했지만 Vary: Accept가 없습니다' },
    text: {
      en: 'The server picked a representation based on the Accept header. Vary: Accept tells caches that another Accept may get another body; without it a cache may hand JSON to a client that asked for CSV.',
      ko: '서버가 Accept 헤더를 보고 표현을 골랐습니다. Vary: Accept가 있어야 캐시가 Accept가 다르면 다른 본문이 올 수 있다는 걸 압니다. 없으면 CSV를 요청한 클라이언트에게 캐시가 JSON을 줄 수도 있습니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5',
  },
  etagWeak: {
    level: 'info',
    summary: { en: 'A weak ETag ({etag})', ko: '약한 ETag({etag})' },
    text: {
      en: 'W/ marks a weak validator: two representations with the same weak tag are equivalent but maybe not byte-identical. Weak tags work for If-None-Match (304), but If-Match needs a strong comparison, so they cannot guard an update.',
      ko: 'W/는 약한 검증자라는 표시입니다. 같은 약한 태그를 가진 두 표현은 의미상 같지만 바이트까지 같다는 보장은 없습니다. If-None-Match(304)에는 쓸 수 있지만 If-Match는 강한 비교를 하므로 수정 요청을 보호하는 데는 쓸 수 없습니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3.2',
  },
  etagStrong: {
    level: 'good',
    summary: { en: 'A strong ETag ({etag})', ko: '강한 ETag({etag})' },
    text: {
      en: 'A strong validator changes whenever the bytes of the representation change. Send it back in If-None-Match to get a 304 when nothing changed, or in If-Match to make an update fail with 412 if someone else changed the resource first.',
      ko: '강한 검증자는 표현의 바이트가 바뀔 때마다 달라집니다. If-None-Match에 넣어 보내면 바뀐 게 없을 때 304를 받고, If-Match에 넣어 보내면 다른 사람이 먼저 리소스를 바꿨을 때 수정이 412로 실패합니다.',
    },
    see: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3',
  },
} as const satisfies Record<string, NoteText>;

const NO_BODY = new Set([204, 304]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function statusNote(id: string, t: NoteText, params: Record<string, string | number>, span: Note['span']): Note {
  return {
    id,
    level: t.level,
    category: 'response',
    subject: { kind: 'status-line' },
    target: 'response',
    span,
    summary: fill(t.summary, params),
    text: fill(t.text, params),
    see: t.see,
  };
}

export const responseRules: Check = ({ request, response }) => {
  const line = response?.statusLine;
  if (!response || !line) return [];
  const status = line.status;
  const notes: Note[] = [];
  const p = { status, method: request.requestLine?.method ?? '' };

  if (status === 201 && !header(response, 'location')) notes.push(statusNote('response-201-no-location', TEXT.location201, p, line.span));
  if (REDIRECTS.has(status) && !header(response, 'location')) notes.push(statusNote('response-3xx-no-location', TEXT.location3xx, p, line.span));
  if (status === 405) {
    const allow = header(response, 'allow');
    if (!allow) notes.push(statusNote('response-405-no-allow', TEXT.allow405Missing, p, line.span));
    else notes.push(headerNote('response-405-allow', TEXT.allow405, 'response', allow, { ...p, allow: allow.value }));
  }
  if (status === 401 && !header(response, 'www-authenticate')) notes.push(statusNote('response-401-no-www-authenticate', TEXT.auth401, p, line.span));
  if (NO_BODY.has(status)) {
    // The parser ends a 204/304 at its head, so bytes a server wrongly sent land in `rest`.
    const stray = response.body.length > 0 ? response.bodySpan : response.rest.length > 0 ? { start: response.messageEnd, end: response.messageEnd + response.rest.length } : null;
    if (stray) notes.push({ ...statusNote('response-body-forbidden', TEXT.bodyForbidden, p, stray), subject: { kind: 'body', message: 'response' } });
    else notes.push(statusNote('response-no-body-ok', TEXT.noBodyGood, p, line.span));
  }

  const contentType = header(response, 'content-type');
  const accept = header(request, 'accept');
  const vary = headerList(response, 'vary').flatMap((v) => v.value.toLowerCase().split(',').map((s) => s.trim()));
  const negotiated = accept && contentType && status >= 200 && status < 300 && accept.value.trim() !== '*/*';
  if (negotiated && !vary.includes('accept') && !vary.includes('*')) {
    notes.push(headerNote('response-vary-missing', TEXT.varyMissing, 'response', contentType));
  }

  const etag = header(response, 'etag');
  if (etag) {
    const weak = etag.value.trim().startsWith('W/');
    notes.push(headerNote(weak ? 'response-etag-weak' : 'response-etag-strong', weak ? TEXT.etagWeak : TEXT.etagStrong, 'response', etag, { etag: etag.value.trim() }));
  }
  return notes;
};
