import { describe, expect, it } from 'vitest';
import { parseRequest } from '@teapot/http-message';
import { asHttpFile, harRequestToRaw, harToRaw } from './har-to-raw.ts';

const HAR = {
  log: {
    version: '1.2',
    entries: [
      {
        request: {
          method: 'GET',
          url: 'http://localhost:8081/users?page=2',
          httpVersion: 'HTTP/2',
          headers: [
            { name: ':authority', value: 'localhost:8081' },
            { name: ':method', value: 'GET' },
            { name: 'accept', value: 'application/json' },
          ],
        },
      },
      {
        request: {
          method: 'POST',
          url: 'http://localhost:8081/users',
          headers: [
            { name: 'Host', value: 'localhost:8081' },
            { name: 'Content-Length', value: '999' },
          ],
          postData: { mimeType: 'application/json', text: '{"name":"김"}' },
        },
      },
      { request: { url: 'not a url' } },
    ],
  },
};

describe('harToRaw', () => {
  const result = harToRaw(HAR);

  it('turns an HTTP/2 entry into an HTTP/1.1 request with Host from :authority', () => {
    expect(result.requests[0]).toBe(
      'GET /users?page=2 HTTP/1.1\nHost: localhost:8081\naccept: application/json\n\n',
    );
  });

  it('recomputes Content-Length in bytes and declares the body type', () => {
    expect(result.requests[1]).toBe(
      'POST /users HTTP/1.1\nHost: localhost:8081\nContent-Type: application/json\nContent-Length: 14\n\n{"name":"김"}',
    );
    expect(parseRequest(result.requests[1] ?? '').problems.filter((p) => p.level === 'bad')).toEqual([]);
  });

  it('counts what it skipped', () => {
    expect([result.total, result.skipped, result.requests.length]).toEqual([3, 1, 2]);
  });

  it('refuses JSON that is not HAR', () => {
    expect(() => harToRaw({ hello: 1 })).toThrow('not-har');
  });

  it('form params become a urlencoded body', () => {
    const raw = harRequestToRaw({
      method: 'post',
      url: 'http://a/f',
      headers: [],
      postData: { mimeType: 'application/x-www-form-urlencoded', params: [{ name: 'q', value: 'a b' }] },
    });
    expect(raw).toBe(
      'POST /f HTTP/1.1\nHost: a\nContent-Type: application/x-www-form-urlencoded\nContent-Length: 7\n\nq=a%20b',
    );
  });
});

describe('asHttpFile', () => {
  it('joins requests with ### lines', () => {
    expect(asHttpFile(['GET /a HTTP/1.1\nHost: a\n\n', 'GET /b HTTP/1.1\nHost: a\n\n'])).toBe(
      'GET /a HTTP/1.1\nHost: a\n\n###\nGET /b HTTP/1.1\nHost: a\n\n',
    );
    expect(asHttpFile(['GET /a HTTP/1.1\n\n'])).toBe('GET /a HTTP/1.1\n\n');
  });
});
