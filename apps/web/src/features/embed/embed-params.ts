/**
 * What an `/embed` URL asks for: one lesson (`?lesson=<id>`) or one prefilled request
 * (`?request=<base64url of the raw request>`).
 */
import { decodeBase64Url, encodeBase64Url } from '../../lib/base64url.ts';

export type EmbedTarget =
  | { kind: 'lesson'; lessonId: string }
  | { kind: 'request'; request: string }
  | { kind: 'invalid'; reason: 'missing' | 'bad-request' };

/** At most this many characters of encoded request (keeps URLs within what servers accept). */
export const MAX_ENCODED = 12_000;

/**
 * Reads an embed URL.
 * @example readEmbed(new URL('http://a/embed?lesson=delete')) // { kind: 'lesson', lessonId: 'delete' }
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.4
 */
export function readEmbed(url: URL): EmbedTarget {
  const lesson = url.searchParams.get('lesson')?.trim();
  if (lesson) return { kind: 'lesson', lessonId: lesson };
  const encoded = url.searchParams.get('request');
  if (encoded === null) return { kind: 'invalid', reason: 'missing' };
  const request = encoded.length <= MAX_ENCODED ? decodeBase64Url(encoded) : undefined;
  if (request === undefined || request.trim() === '') return { kind: 'invalid', reason: 'bad-request' };
  return { kind: 'request', request };
}

/**
 * Builds an embed URL for an iframe's `src`.
 * @example embedUrl('http://localhost:8080', { request: 'GET /users/1 HTTP/1.1\nHost: localhost:8081\n\n' })
 * @see https://www.rfc-editor.org/rfc/rfc4648#section-5
 */
export function embedUrl(origin: string, target: { lesson: string } | { request: string }): string {
  const url = new URL('/embed', origin);
  if ('lesson' in target) url.searchParams.set('lesson', target.lesson);
  else url.searchParams.set('request', encodeBase64Url(target.request));
  return url.toString();
}

/**
 * The full playground page for the same content, for the embed's "Open in Teapot" link.
 * @example fullPageUrl({ kind: 'lesson', lessonId: 'delete' }) // '/lessons/delete'
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.5
 */
export function fullPageUrl(target: EmbedTarget): string {
  if (target.kind === 'lesson') return `/lessons/${encodeURIComponent(target.lessonId)}`;
  if (target.kind === 'request') return `/#req=${encodeBase64Url(target.request)}`;
  return '/';
}

export interface EmbedLook {
  lang?: 'en' | 'ko';
  theme?: 'light' | 'dark';
}

/**
 * The tutorial's choice of language and theme for the embed (`&lang=ko`, `&theme=dark`); unset
 * values follow the learner's own settings.
 * @example readLook(new URL('http://a/embed?lesson=delete&lang=ko')) // { lang: 'ko' }
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.4
 */
export function readLook(url: URL): EmbedLook {
  const lang = url.searchParams.get('lang');
  const theme = url.searchParams.get('theme');
  return {
    ...(lang === 'en' || lang === 'ko' ? { lang } : {}),
    ...(theme === 'light' || theme === 'dark' ? { theme } : {}),
  };
}
