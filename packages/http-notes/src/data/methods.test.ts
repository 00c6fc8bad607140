import { describe, expect, it } from 'vitest';
import { METHODS, getMethod } from './methods.ts';

const HANGUL = /[\uAC00-\uD7A3]/;

/** RFC 9110 §9.2.1 (safe) and §9.2.2 (idempotent), RFC 5789 §2 for PATCH, written out by hand. */
const EXPECTED = {
  GET: { safe: true, idempotent: true, cacheable: 'yes' },
  HEAD: { safe: true, idempotent: true, cacheable: 'yes' },
  POST: { safe: false, idempotent: false, cacheable: 'rarely' },
  PUT: { safe: false, idempotent: true, cacheable: 'no' },
  DELETE: { safe: false, idempotent: true, cacheable: 'no' },
  CONNECT: { safe: false, idempotent: false, cacheable: 'no' },
  OPTIONS: { safe: true, idempotent: true, cacheable: 'no' },
  TRACE: { safe: true, idempotent: true, cacheable: 'no' },
  PATCH: { safe: false, idempotent: false, cacheable: 'rarely' },
} as const;

describe('METHODS', () => {
  it('holds exactly the eight RFC 9110 methods and PATCH, once each', () => {
    const names = METHODS.map((m) => m.name);
    expect([...names].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(Object.entries(EXPECTED))(
    '%s has the safe/idempotent/cacheable flags of the RFCs',
    (name, flags) => {
      const entry = getMethod(name);
      expect(entry).toBeDefined();
      expect({ safe: entry?.safe, idempotent: entry?.idempotent, cacheable: entry?.cacheable }).toEqual(
        flags,
      );
    },
  );

  it('has no safe method that is not idempotent', () => {
    expect(METHODS.filter((m) => m.safe && !m.idempotent)).toEqual([]);
  });

  it.each(METHODS.map((m) => [m.name, m] as const))('%s has en/ko words and a spec link', (_, m) => {
    for (const t of [m.summary, m.text]) {
      expect(t.en.trim()).not.toBe('');
      expect(t.ko).toMatch(HANGUL);
    }
    expect(m.text.en.length).toBeGreaterThan(m.summary.en.length);
    expect(m.spec.url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#(section|appendix)-/);
  });

  it('points PATCH at RFC 5789 and the rest at RFC 9110 §9.3', () => {
    expect(getMethod('PATCH')?.spec.url).toBe('https://www.rfc-editor.org/rfc/rfc5789#section-2');
    expect(getMethod('GET')?.spec.url).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1');
    expect(getMethod('TRACE')?.spec.url).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-9.3.8');
  });

  it('expects a body for POST, PUT and PATCH only', () => {
    const expecting = METHODS.filter((m) => m.requestBody === 'expected').map((m) => m.name);
    expect([...expecting].sort()).toEqual(['PATCH', 'POST', 'PUT']);
  });

  it('lists common statuses as sorted, distinct, real codes', () => {
    for (const m of METHODS) {
      expect(m.commonStatuses.length).toBeGreaterThan(0);
      expect([...m.commonStatuses].sort((a, b) => a - b)).toEqual([...new Set(m.commonStatuses)]);
      for (const code of m.commonStatuses) expect(code >= 100 && code <= 599).toBe(true);
    }
  });

  it('names 201 for POST and PUT, which create resources', () => {
    expect(getMethod('POST')?.commonStatuses).toContain(201);
    expect(getMethod('PUT')?.commonStatuses).toContain(201);
  });
});

describe('getMethod', () => {
  it('is case-sensitive, as method names are', () => {
    expect(getMethod('GET')?.name).toBe('GET');
    expect(getMethod('get')).toBeUndefined();
    expect(getMethod('Patch')).toBeUndefined();
  });

  it('returns undefined for unknown and extension methods', () => {
    expect(getMethod('PROPFIND')).toBeUndefined();
    expect(getMethod('')).toBeUndefined();
    expect(getMethod('GET ')).toBeUndefined();
  });
});
