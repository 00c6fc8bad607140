import { describe, expect, it } from 'vitest';
import { getHeader, getHeaders } from './headers.ts';
import { parseRequest } from './parse-request.ts';

const request = parseRequest(
  'GET / HTTP/1.1\r\nHost: a\r\nAccept: text/html\r\naccept: application/json\r\n\r\n',
);

describe('getHeader', () => {
  it('finds the first field, whatever the case of the name', () => {
    expect(getHeader(request, 'ACCEPT')?.value).toBe('text/html');
    expect(getHeader(request, 'host')?.nameSpan).toEqual({ start: 16, end: 20 });
  });

  it('returns undefined for a missing field', () => {
    expect(getHeader(request, 'Content-Type')).toBeUndefined();
  });
});

describe('getHeaders', () => {
  it('returns every field with the name, in order', () => {
    expect(getHeaders(request, 'Accept').map((h) => h.value)).toEqual(['text/html', 'application/json']);
  });

  it('returns an empty list for a missing field', () => {
    expect(getHeaders(request, 'Cookie')).toEqual([]);
  });
});

describe('names that are not tokens', () => {
  it('compare like toLowerCase, even where lowercasing changes the length', () => {
    const message = { headers: [{ ...request.headers[0]!, name: 'X-İd' }] };
    expect(getHeader(message, 'x-i̇d')?.name).toBe('X-İd');
    expect(getHeader(message, 'x-id')).toBeUndefined();
  });

  it('rely on İ being the only code point whose lowercase has another length', () => {
    const changing: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (c.toLowerCase().length !== c.length) changing.push(cp);
    }
    expect(changing).toEqual([0x130]);
  });
});
