import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import { formatEntityTag, parseEntityTag, parseEntityTagList, strongMatch, weakMatch } from './entity-tag.ts';
import { contentHash } from './hash.ts';
import { formatHttpDate, parseHttpDate } from './http-date.ts';
import { lastPage, pageLinks } from './link.ts';
import { negotiate, parseMediaType } from './media-type.ts';

describe('entity-tags (RFC 9110 §8.8.3)', () => {
  it('parses lists, *, weak tags, and refuses unquoted tags', () => {
    expect(parseEntityTagList('*')).toEqual({ kind: 'any' });
    expect(parseEntityTagList('"a", W/"b" ,"c"')).toEqual({
      kind: 'tags',
      tags: [
        { weak: false, opaque: 'a' },
        { weak: true, opaque: 'b' },
        { weak: false, opaque: 'c' },
      ],
    });
    expect(parseEntityTagList('abc')).toEqual({ kind: 'invalid' });
    expect(parseEntityTagList('"a" "b"')).toEqual({ kind: 'invalid' });
    expect(parseEntityTag('W/""')).toEqual({ weak: true, opaque: '' });
    expect(formatEntityTag({ weak: true, opaque: 'x' })).toBe('W/"x"');
  });

  it('compares as the RFC table shows', () => {
    const w1 = { weak: true, opaque: '1' };
    const w2 = { weak: true, opaque: '2' };
    const s1 = { weak: false, opaque: '1' };
    expect([strongMatch(w1, w1), weakMatch(w1, w1)]).toEqual([false, true]);
    expect([strongMatch(w1, w2), weakMatch(w1, w2)]).toEqual([false, false]);
    expect([strongMatch(w1, s1), weakMatch(w1, s1)]).toEqual([false, true]);
    expect([strongMatch(s1, s1), weakMatch(s1, s1)]).toEqual([true, true]);
  });

  it('a content hash changes when the content does', () => {
    expect(contentHash('{"id":1}')).toBe(contentHash('{"id":1}'));
    expect(contentHash('{"id":1}')).not.toBe(contentHash('{"id":2}'));
    expect(contentHash('가')).not.toBe(contentHash('나'));
  });
});

describe('HTTP-date (RFC 9110 §5.6.7)', () => {
  it('reads the three formats of the RFC example, and nothing else', () => {
    const ms = Date.UTC(1994, 10, 6, 8, 49, 37);
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(ms);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(ms);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(ms);
    expect(parseHttpDate('1994-11-06T08:49:37Z')).toBeUndefined();
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 PST')).toBeUndefined();
    expect(formatHttpDate(ms)).toBe('Sun, 06 Nov 1994 08:49:37 GMT');
  });

  it('reads an RFC 850 two-digit year against the clock it is given (more than 50 years ahead is last century)', () => {
    const in2026 = () => Date.UTC(2026, 0, 1);
    const in2045 = () => Date.UTC(2045, 0, 1);
    expect(new Date(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', in2026) ?? 0).getUTCFullYear()).toBe(1994);
    expect(new Date(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', in2045) ?? 0).getUTCFullYear()).toBe(2094);
    expect(new Date(parseHttpDate('Friday, 06-Nov-26 08:49:37 GMT', in2026) ?? 0).getUTCFullYear()).toBe(2026);
  });
});

describe('media types and Accept (RFC 9110 §12.5.1)', () => {
  it('parses Content-Type', () => {
    expect(parseMediaType('Application/JSON; charset="utf-8"')).toEqual({
      essence: 'application/json',
      params: { charset: 'utf-8' },
    });
    expect(parseMediaType('json')).toBeUndefined();
  });

  it.each([
    [undefined, 'application/json'],
    ['', 'application/json'],
    ['*/*', 'application/json'],
    ['text/csv', 'text/csv'],
    ['text/*', 'text/csv'],
    ['text/csv;q=0.9, application/json;q=0.8', 'text/csv'],
    ['application/json;q=0, */*', 'text/csv'],
    ['text/*;q=0.2, text/csv;q=0', undefined],
    ['application/xml', undefined],
    ['image/png, */*;q=0.1', 'application/json'],
  ] as const)('Accept %s → %s', (accept, chosen) => {
    expect(negotiate(accept, ['application/json', 'text/csv'])).toBe(chosen);
  });
});

describe('Link pagination (RFC 8288)', () => {
  it('builds first/prev/next/last', () => {
    expect(lastPage({ page: 1, limit: 10, total: 0 })).toBe(1);
    expect(pageLinks('/users', { page: 3, limit: 5, total: 12 })).toBe(
      '</users?page=1&limit=5>; rel="first", </users?page=2&limit=5>; rel="prev", </users?page=3&limit=5>; rel="last"',
    );
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x,y', b: 'say "hi"' }, { a: 'line\nbreak' }])).toBe(
      'a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n',
    );
  });
});
