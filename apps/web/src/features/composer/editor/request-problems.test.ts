import { describe, expect, it } from 'vitest';
import { requestProblems } from './request-problems.ts';

describe('requestProblems', () => {
  it('finds nothing in a good request typed with LF line endings', () => {
    expect(requestProblems('GET /users/1 HTTP/1.1\nHost: localhost:8081\n\n')).toEqual([]);
  });

  it('reports a missing Host with its quick fix', () => {
    const [p] = requestProblems('GET /users/1 HTTP/1.1\nAccept: */*\n\n');
    expect(p).toMatchObject({ key: 'missing-host', level: 'bad', fix: 'add-host' });
  });

  it('puts a header without a colon on its line', () => {
    const doc = 'GET / HTTP/1.1\nHost: a\nAccept application/json\n\n';
    const p = requestProblems(doc).find((x) => x.key === 'header-missing-colon');
    expect(p && doc.slice(p.from, p.to)).toBe('Accept application/json');
  });

  it('offers to fix a wrong Content-Length', () => {
    const problems = requestProblems(
      'POST /users HTTP/1.1\nHost: a\nContent-Type: application/json\nContent-Length: 3\n\n{"name":"Kim"}',
    );
    expect(problems.some((p) => p.fix === 'content-length')).toBe(true);
  });

  it('hints at Content-Type for a JSON body', () => {
    const doc = 'POST /users HTTP/1.1\nHost: a\nContent-Length: 2\n\n{}';
    const p = requestProblems(doc).find((x) => x.key === 'json-without-content-type');
    expect(p?.fix).toBe('json-content-type');
    expect(p && doc.slice(p.from, p.to)).toBe('{}');
  });

  it('maps positions of later requests in an .http file back into the document', () => {
    const doc = 'GET /a HTTP/1.1\nHost: a\n\n###\nGET /b HTTP/1.1\nAccept application/json\n';
    const p = requestProblems(doc).find((x) => x.key === 'header-missing-colon');
    expect(p && doc.slice(p.from, p.to)).toBe('Accept application/json');
    expect(p?.requestFrom).toBe(doc.indexOf('GET /b'));
  });
});
