/**
 * Serves a JSON document that never changes while the server runs, negotiated by
 * Accept-Language (en or ko), with a strong ETag and conditional GET.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-12.5.4
 */
import type { Context } from 'hono';

export type Lang = 'en' | 'ko';

/** Picks en or ko from Accept-Language by q-value; English when neither is asked for. */
export function negotiateLanguage(header: string | undefined): Lang {
  if (!header) return 'en';
  let best: { lang: Lang; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    const primary = tag.trim().toLowerCase().split('-')[0];
    if ((primary === 'en' || primary === 'ko') && q > 0 && (!best || q > best.q)) best = { lang: primary, q };
  }
  return best?.lang ?? 'en';
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const cache = new Map<string, { body: string; etag: string }>();

export function cachedJson(c: Context, key: string, build: (lang: Lang) => unknown): Response {
  const lang = negotiateLanguage(c.req.header('accept-language'));
  const id = `${key}|${lang}`;
  let entry = cache.get(id);
  if (!entry) {
    const body = JSON.stringify(build(lang));
    entry = { body, etag: `"${fnv1a(body)}-${body.length.toString(16)}"` };
    cache.set(id, entry);
  }
  const headers = {
    ETag: entry.etag,
    'Cache-Control': 'public, max-age=300',
    'Content-Language': lang,
    Vary: 'Accept-Language',
  };
  const inm = c.req.header('if-none-match');
  if (inm && inm.split(',').some((t) => t.trim() === entry.etag || t.trim() === '*')) {
    return c.body(null, 304, headers);
  }
  return c.body(entry.body, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
}
