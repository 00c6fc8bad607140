/**
 * The cacheability of this response, explained in words.
 * @see https://www.rfc-editor.org/rfc/rfc9111#section-3
 */
import type { Localized, Note } from '../types.ts';
import { fill } from './format.ts';
import { header } from './helpers.ts';
import type { Check } from './types.ts';

/** Cacheable by default when no explicit freshness is given (RFC 9110 §15.1). */
const HEURISTIC = new Set([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);

function directives(value: string): Map<string, string | true> {
  const map = new Map<string, string | true>();
  for (const part of value.split(',')) {
    const [name = '', arg] = part.split('=');
    const key = name.trim().toLowerCase();
    if (key) map.set(key, arg === undefined ? true : arg.trim().replace(/^"|"$/g, ''));
  }
  return map;
}

function explain(method: string, status: number, cc: string | undefined, hasValidator: boolean): { level: Note['level']; summary: Localized; text: Localized; params: Record<string, string | number> } {
  const d = directives(cc ?? '');
  const maxAge = d.get('s-maxage') ?? d.get('max-age');
  const validator = hasValidator
    ? { en: ' It carries a validator, so a cache can revalidate it cheaply with a conditional request.', ko: ' 검증자가 있으므로 캐시는 조건부 요청으로 싸게 재검증할 수 있습니다.' }
    : { en: '', ko: '' };
  if (method !== 'GET' && method !== 'HEAD') {
    return {
      level: 'info',
      summary: { en: 'Not stored by caches ({method})', ko: '캐시에 저장되지 않습니다({method})' },
      text: { en: 'Caches store responses to GET (and HEAD). A response to {method} is not reused for later requests; a successful unsafe request also invalidates what caches hold for this URI.', ko: '캐시는 GET(과 HEAD) 응답을 저장합니다. {method} 응답은 나중 요청에 재사용되지 않으며, 성공한 안전하지 않은 요청은 이 URI에 대해 캐시가 가진 내용을 무효화합니다.' },
      params: { method },
    };
  }
  if (d.has('no-store')) {
    return { level: 'info', summary: { en: 'Never stored: Cache-Control: no-store', ko: '저장 금지: Cache-Control: no-store' }, text: { en: 'No cache, private or shared, may keep a copy of this response.', ko: '개인 캐시든 공유 캐시든 이 응답의 사본을 보관할 수 없습니다.' }, params: {} };
  }
  if (d.has('no-cache')) {
    return { level: 'info', summary: { en: 'Stored, but revalidated every time (no-cache)', ko: '저장은 하지만 매번 재검증합니다(no-cache)' }, text: { en: 'A cache may store it but must ask the origin server before each reuse.' + validator.en, ko: '캐시는 저장할 수 있지만 재사용할 때마다 원 서버에 확인해야 합니다.' + validator.ko }, params: {} };
  }
  if (maxAge !== undefined && maxAge !== true) {
    const scope = d.has('private')
      ? { en: 'only by the browser’s private cache', ko: '브라우저의 개인 캐시에만' }
      : { en: 'by browsers and shared caches', ko: '브라우저와 공유 캐시 모두에' };
    return {
      level: 'good',
      summary: { en: 'Fresh for {seconds} s', ko: '{seconds}초 동안 신선(fresh)합니다' },
      text: { en: `It may be stored ${scope.en} and reused without asking the server for {seconds} seconds.${validator.en}`, ko: `${scope.ko} 저장되어 {seconds}초 동안 서버에 묻지 않고 재사용될 수 있습니다.${validator.ko}` },
      params: { seconds: maxAge },
    };
  }
  if (d.has('private')) {
    return { level: 'info', summary: { en: 'Private: only the browser may store it', ko: 'private: 브라우저만 저장할 수 있습니다' }, text: { en: 'Shared caches (proxies, CDNs) must not store it; it belongs to one user.' + validator.en, ko: '공유 캐시(프록시, CDN)는 저장하면 안 됩니다. 한 사용자만을 위한 응답입니다.' + validator.ko }, params: {} };
  }
  if (HEURISTIC.has(status)) {
    return { level: 'info', summary: { en: 'Heuristically cacheable ({status})', ko: '휴리스틱 캐시 가능({status})' }, text: { en: 'No explicit freshness is given, but {status} is cacheable by default, so a cache may guess a lifetime (often from Last-Modified). Say Cache-Control explicitly to be predictable.' + validator.en, ko: '명시적인 신선도 정보는 없지만 {status}는 기본적으로 캐시할 수 있어서 캐시가 수명을 추정할 수 있습니다(보통 Last-Modified 기준). 예측 가능하게 하려면 Cache-Control을 명시하세요.' + validator.ko }, params: { status } };
  }
  return { level: 'info', summary: { en: 'Not cacheable as sent', ko: '이대로는 캐시되지 않습니다' }, text: { en: 'Status {status} is not cacheable by default and no Cache-Control allows it.', ko: '{status} 상태 코드는 기본적으로 캐시할 수 없고, 이를 허용하는 Cache-Control도 없습니다.' }, params: { status } };
}

export const cacheability: Check = ({ request, response }) => {
  const line = response?.statusLine;
  const method = request.requestLine?.method;
  if (!response || !line || !method || line.status < 200) return [];
  const cc = header(response, 'cache-control');
  const hasValidator = Boolean(header(response, 'etag') ?? header(response, 'last-modified'));
  const e = explain(method, line.status, cc?.value, hasValidator);
  return [
    {
      id: 'response-cacheability',
      level: e.level,
      category: 'response',
      subject: cc ? { kind: 'header', message: 'response', name: cc.name } : { kind: 'status-line' },
      target: 'response',
      span: cc?.span ?? line.span,
      summary: fill(e.summary, e.params),
      text: fill(e.text, e.params),
      see: 'https://www.rfc-editor.org/rfc/rfc9111#section-3',
    },
  ];
};
