import { describe, expect, it } from 'vitest';
import { LANGS } from '../types.ts';
import { HEADERS, getHeaderInfo } from './headers.ts';

/** Any Hangul syllable: Korean text must be Korean, English text must not be a copy of it. */
const HANGUL = /[\uAC00-\uD7A3]/;
/** RFC 9110 §5.6.2 token, which every field name is. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Written out by hand: every field a REST API or the mock API uses, and every field the source
 * articles name, in its canonical casing.
 */
const REQUIRED = [
  'Accept',
  'Accept-Encoding',
  'Accept-Language',
  'Accept-Ranges',
  'Accept-Patch',
  'Accept-Post',
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Headers',
  'Access-Control-Allow-Credentials',
  'Access-Control-Expose-Headers',
  'Access-Control-Max-Age',
  'Access-Control-Request-Method',
  'Access-Control-Request-Headers',
  'Age',
  'Allow',
  'Authorization',
  'Cache-Control',
  'Clear-Site-Data',
  'Connection',
  'Content-Disposition',
  'Content-Encoding',
  'Content-Language',
  'Content-Length',
  'Content-Location',
  'Content-Range',
  'Content-Security-Policy',
  'Content-Type',
  'Cookie',
  'Set-Cookie',
  'Date',
  'ETag',
  'Expect',
  'Expires',
  'Forwarded',
  'From',
  'Host',
  'If-Match',
  'If-Modified-Since',
  'If-None-Match',
  'If-Range',
  'If-Unmodified-Since',
  'Keep-Alive',
  'Last-Modified',
  'Link',
  'Location',
  'Max-Forwards',
  'Origin',
  'Pragma',
  'Prefer',
  'Preference-Applied',
  'Proxy-Authenticate',
  'Proxy-Authorization',
  'Range',
  'Referer',
  'Referrer-Policy',
  'Retry-After',
  'Server',
  'Strict-Transport-Security',
  'TE',
  'Trailer',
  'Transfer-Encoding',
  'Upgrade',
  'User-Agent',
  'Vary',
  'Via',
  'WWW-Authenticate',
  'X-Content-Type-Options',
  'X-Frame-Options',
  'X-Request-Id',
  'X-Total-Count',
  'RateLimit',
  'RateLimit-Policy',
  'Idempotency-Key',
  'Content-Digest',
  'Repr-Digest',
  'Sec-Fetch-Site',
  'Sec-Fetch-Mode',
  'Sec-Fetch-Dest',
  'Sec-Fetch-User',
  'Priority',
  'Alt-Svc',
  'Cross-Origin-Opener-Policy',
  'Cross-Origin-Embedder-Policy',
  'Cross-Origin-Resource-Policy',
  'Permissions-Policy',
  'Timing-Allow-Origin',
  'Server-Timing',
  'Early-Data',
  'Deprecation',
  'Sunset',
];

/** The section that defines each field, checked by hand against the RFCs. */
const DEFINED_IN: [name: string, url: string][] = [
  ['Accept', 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1'],
  ['Accept-Patch', 'https://www.rfc-editor.org/rfc/rfc5789#section-3.1'],
  ['Allow', 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1'],
  ['Cache-Control', 'https://www.rfc-editor.org/rfc/rfc9111#section-5.2'],
  ['Content-Digest', 'https://www.rfc-editor.org/rfc/rfc9530#section-2'],
  ['Content-Disposition', 'https://www.rfc-editor.org/rfc/rfc6266#section-4'],
  ['Content-Length', 'https://www.rfc-editor.org/rfc/rfc9110#section-8.6'],
  ['Content-Type', 'https://www.rfc-editor.org/rfc/rfc9110#section-8.3'],
  ['Cookie', 'https://www.rfc-editor.org/rfc/rfc6265#section-4.2'],
  ['Deprecation', 'https://www.rfc-editor.org/rfc/rfc9745#section-2'],
  ['Early-Data', 'https://www.rfc-editor.org/rfc/rfc8470#section-5.1'],
  ['ETag', 'https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3'],
  ['Forwarded', 'https://www.rfc-editor.org/rfc/rfc7239#section-4'],
  ['Host', 'https://www.rfc-editor.org/rfc/rfc9110#section-7.2'],
  ['If-None-Match', 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2'],
  ['Link', 'https://www.rfc-editor.org/rfc/rfc8288#section-3'],
  ['Location', 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2'],
  ['Origin', 'https://www.rfc-editor.org/rfc/rfc6454#section-7'],
  ['Prefer', 'https://www.rfc-editor.org/rfc/rfc7240#section-2'],
  ['Preference-Applied', 'https://www.rfc-editor.org/rfc/rfc7240#section-3'],
  ['Priority', 'https://www.rfc-editor.org/rfc/rfc9218#section-5'],
  ['Repr-Digest', 'https://www.rfc-editor.org/rfc/rfc9530#section-3'],
  ['Set-Cookie', 'https://www.rfc-editor.org/rfc/rfc6265#section-4.1'],
  ['Strict-Transport-Security', 'https://www.rfc-editor.org/rfc/rfc6797#section-6.1'],
  ['Sunset', 'https://www.rfc-editor.org/rfc/rfc8594#section-3'],
  ['Transfer-Encoding', 'https://www.rfc-editor.org/rfc/rfc9112#section-6.1'],
  ['Vary', 'https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5'],
  ['WWW-Authenticate', 'https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1'],
  ['Accept-Post', 'https://www.w3.org/TR/ldp/#header-accept-post'],
  ['Access-Control-Allow-Origin', 'https://fetch.spec.whatwg.org/#http-access-control-allow-origin'],
  ['Access-Control-Request-Method', 'https://fetch.spec.whatwg.org/#http-access-control-request-method'],
  ['Sec-Fetch-Site', 'https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-site-header'],
  ['X-Content-Type-Options', 'https://fetch.spec.whatwg.org/#x-content-type-options-header'],
  ['RateLimit', 'https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-ratelimit-headers-10#section-4'],
  [
    'RateLimit-Policy',
    'https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-ratelimit-headers-10#section-3',
  ],
  [
    'Idempotency-Key',
    'https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-idempotency-key-header-07#section-2',
  ],
];

const STANDING: [name: string, standard: string][] = [
  ['X-Request-Id', 'non-standard'],
  ['X-Total-Count', 'non-standard'],
  ['X-Forwarded-For', 'non-standard'],
  ['RateLimit', 'draft'],
  ['RateLimit-Policy', 'draft'],
  ['Idempotency-Key', 'draft'],
  ['Pragma', 'deprecated'],
  ['Warning', 'deprecated'],
  ['Content-Type', 'standard'],
  ['X-Content-Type-Options', 'standard'],
];

/** What a learner must be told, in both languages, when a field is not a plain standard. */
const SAYS_SO: Record<string, { en: RegExp; ko: RegExp }> = {
  'non-standard': {
    en: /non-standard|not a standard|no (rfc|specification) defines/i,
    ko: /비표준|표준이 아닌|표준은 아니/,
  },
  draft: { en: /internet-draft/i, ko: /초안/ },
  deprecated: { en: /deprecat|obsolete|leftover/i, ko: /폐기|유물|대체되었/ },
};

describe('header table', () => {
  it('has at least 90 entries', () => {
    expect(HEADERS.length).toBeGreaterThanOrEqual(90);
  });

  it('has no duplicate names, ignoring case', () => {
    const seen = new Set<string>();
    const duplicates = HEADERS.map((h) => h.name.toLowerCase()).filter((n) => seen.size === seen.add(n).size);
    expect(duplicates).toEqual([]);
  });

  it.each(REQUIRED)('has %s in its canonical casing', (name) => {
    expect(getHeaderInfo(name)?.name).toBe(name);
  });

  it.each(DEFINED_IN)('links %s to the section that defines it', (name, url) => {
    expect(getHeaderInfo(name)?.spec.url).toBe(url);
  });

  it.each(STANDING)('marks %s as %s', (name, standard) => {
    expect(getHeaderInfo(name)?.standard).toBe(standard);
  });
});

describe.each(HEADERS.map((h) => [h.name, h] as const))('%s', (name, entry) => {
  it('has a token for a name', () => {
    expect(name).toMatch(TOKEN);
  });

  it('has a summary and a text in every language', () => {
    for (const lang of LANGS) {
      expect(entry.summary[lang].trim()).not.toBe('');
      expect(entry.text[lang].trim()).not.toBe('');
      expect(entry.summary[lang]).not.toContain('\n');
      expect(entry.text[lang].length).toBeGreaterThan(entry.summary[lang].length);
    }
    expect(entry.summary.ko).toMatch(HANGUL);
    expect(entry.text.ko).toMatch(HANGUL);
    expect(entry.summary.en).not.toMatch(HANGUL);
  });

  it('links a spec with a fragment anchor', () => {
    expect(entry.spec.url).toMatch(/^https:\/\/[^\s#]+#[^\s#]+$/);
    if ('rfc' in entry.spec) {
      expect(entry.spec.url).toMatch(
        /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#(section|appendix)-[\dA-Z.]+$/,
      );
    }
  });

  it('summarises its syntax starting with its own name', () => {
    expect(entry.syntax.startsWith(`${name} = `)).toBe(true);
  });

  it('tells the learner when it is not a plain standard', () => {
    const rule = SAYS_SO[entry.standard];
    if (!rule) return;
    expect(`${entry.summary.en} ${entry.text.en}`).toMatch(rule.en);
    expect(`${entry.summary.ko} ${entry.text.ko}`).toMatch(rule.ko);
  });
});

describe('getHeaderInfo', () => {
  it('ignores case and surrounding whitespace', () => {
    expect(getHeaderInfo('content-type')?.name).toBe('Content-Type');
    expect(getHeaderInfo('CONTENT-TYPE')?.name).toBe('Content-Type');
    expect(getHeaderInfo(' www-authenticate ')?.name).toBe('WWW-Authenticate');
    expect(getHeaderInfo('etag')?.name).toBe('ETag');
  });

  it('returns undefined for a field it does not know', () => {
    expect(getHeaderInfo('X-Made-Up-Header')).toBeUndefined();
    expect(getHeaderInfo('')).toBeUndefined();
    expect(getHeaderInfo('Content-Type:')).toBeUndefined();
  });
});
