import { describe, expect, it } from 'vitest';
import { STATUS_CODES, getStatusCode, statusClassOf } from './status-codes.ts';

const HANGUL = /[\uAC00-\uD7A3]/;

/** Every code in the IANA HTTP Status Code Registry, typed out by hand. */
// prettier-ignore
const IANA_CODES = [
  100, 101, 102, 103,
  200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
  300, 301, 302, 303, 304, 305, 306, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418,
  421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
  500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];

/** Reason phrases as RFC 9110 and the other RFCs spell them. */
const REASONS: Record<number, string> = {
  100: 'Continue',
  101: 'Switching Protocols',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  206: 'Partial Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * Heuristically cacheable codes: the RFC 9110 §15.1 list, plus 451, which RFC 7725 §3 declares
 * cacheable by default.
 */
const CACHEABLE = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501];

/** RFC 9112 §6.3: responses that end at the blank line after the head. */
const NO_BODY = [100, 101, 102, 103, 204, 304];

/** Header fields the RFCs say a server MUST send with the code. */
const REQUIRED: Record<number, string> = {
  101: 'Upgrade',
  206: 'Content-Range',
  401: 'WWW-Authenticate',
  405: 'Allow',
  407: 'Proxy-Authenticate',
  426: 'Upgrade',
};

const CLASSES = {
  1: 'informational',
  2: 'successful',
  3: 'redirection',
  4: 'client-error',
  5: 'server-error',
} as const;

const codes = STATUS_CODES.map((e) => e.code);

describe('STATUS_CODES', () => {
  it('holds exactly the IANA registry, in order, once each', () => {
    expect(codes).toEqual(IANA_CODES);
  });

  it.each(Object.entries(REASONS))('%s has the reason phrase %s', (code, reason) => {
    expect(getStatusCode(Number(code))?.reason).toBe(reason);
  });

  it.each(STATUS_CODES.map((e) => [e.code, e] as const))(
    '%i has en/ko words, a spec link and its class',
    (code, e) => {
      for (const t of [e.summary, e.text]) {
        expect(t.en.trim()).not.toBe('');
        expect(t.ko).toMatch(HANGUL);
      }
      expect(e.summary.en).not.toMatch(/\n/);
      expect(e.summary.ko).not.toMatch(/\n/);
      expect(e.text.en.length).toBeGreaterThan(e.summary.en.length);
      expect(e.spec.url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#(section|appendix)-/);
      expect(e.class).toBe(CLASSES[Math.floor(code / 100) as keyof typeof CLASSES]);
      expect(e.reason.trim()).not.toBe('');
    },
  );

  it('allows no body exactly for 1xx, 204 and 304', () => {
    expect(STATUS_CODES.filter((e) => !e.bodyAllowed).map((e) => e.code)).toEqual(NO_BODY);
  });

  it('is cacheable by default exactly for the RFC 9110 §15.1 list and 451', () => {
    expect(STATUS_CODES.filter((e) => e.cacheableByDefault).map((e) => e.code)).toEqual(CACHEABLE);
  });

  it.each(Object.entries(REQUIRED))('%s requires %s', (code, header) => {
    expect(getStatusCode(Number(code))?.headers.required).toContain(header);
  });

  it('marks 305, 306 and 418 as unused, and the everyday codes as registered', () => {
    for (const code of [305, 306, 418]) expect(getStatusCode(code)?.registered).toBe('unused');
    for (const code of [200, 201, 204, 301, 304, 400, 404, 405, 409, 500]) {
      expect(getStatusCode(code)?.registered).toBe('yes');
    }
  });

  it('points each code at the section that defines it', () => {
    const url = (code: number) => getStatusCode(code)?.spec.url;
    expect(url(200)).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1');
    expect(url(304)).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5');
    expect(url(308)).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9');
    expect(url(102)).toBe('https://www.rfc-editor.org/rfc/rfc2518#section-10.1');
    expect(url(103)).toBe('https://www.rfc-editor.org/rfc/rfc8297#section-2');
    expect(url(207)).toBe('https://www.rfc-editor.org/rfc/rfc4918#section-11.1');
    expect(url(208)).toBe('https://www.rfc-editor.org/rfc/rfc5842#section-7.1');
    expect(url(226)).toBe('https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1');
    expect(url(405)).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6');
    expect(url(422)).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21');
    expect(url(429)).toBe('https://www.rfc-editor.org/rfc/rfc6585#section-4');
    expect(url(451)).toBe('https://www.rfc-editor.org/rfc/rfc7725#section-3');
  });

  it('has confusions that name other, existing codes, in both languages', () => {
    for (const e of STATUS_CODES) {
      for (const c of e.confusions) {
        expect(c.with.length).toBeGreaterThan(0);
        for (const other of c.with) {
          expect(other).not.toBe(e.code);
          expect(codes).toContain(other);
        }
        expect(c.text.en.trim()).not.toBe('');
        expect(c.text.ko).toMatch(HANGUL);
      }
    }
  });

  it('explains the redirect family against each other', () => {
    const partners = (code: number) => getStatusCode(code)?.confusions.flatMap((c) => c.with) ?? [];
    expect(partners(301)).toEqual(expect.arrayContaining([302, 307, 308]));
    expect(partners(302)).toEqual(expect.arrayContaining([303, 307]));
    expect(partners(303)).toEqual(expect.arrayContaining([302, 307]));
    expect(partners(200)).toContain(204);
    expect(partners(201)).toContain(202);
    expect(partners(304)).toContain(412);
  });
});

describe('getStatusCode', () => {
  it('finds registered codes and nothing else', () => {
    expect(getStatusCode(404)?.reason).toBe('Not Found');
    expect(getStatusCode(299)).toBeUndefined();
    expect(getStatusCode(509)).toBeUndefined();
    expect(getStatusCode(600)).toBeUndefined();
    expect(getStatusCode(200.5)).toBeUndefined();
  });
});

describe('statusClassOf', () => {
  it.each([
    [100, 'informational'],
    [199, 'informational'],
    [204, 'successful'],
    [299, 'successful'],
    [308, 'redirection'],
    [404, 'client-error'],
    [499, 'client-error'],
    [500, 'server-error'],
    [599, 'server-error'],
  ] as const)('%i is %s', (code, cls) => {
    expect(statusClassOf(code)).toBe(cls);
  });

  it.each([0, 99, 600, 1000, -200, 200.5, Number.NaN])('%d has no class', (code) => {
    expect(statusClassOf(code)).toBeUndefined();
  });
});
