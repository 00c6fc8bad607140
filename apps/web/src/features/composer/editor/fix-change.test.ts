import { describe, expect, it } from 'vitest';
import { applyFixToText } from './fix-change.ts';
import { requestProblems } from './request-problems.ts';

describe('applyFixToText', () => {
  it('fixes the request it belongs to inside an .http file', () => {
    const doc = 'GET /a HTTP/1.1\nHost: a\n\n###\nGET /b HTTP/1.1\nAccept: */*\n\n';
    const p = requestProblems(doc).find((x) => x.fix === 'add-host');
    expect(p).toBeDefined();
    if (p?.fix) {
      expect(applyFixToText(doc, p.fix, p)).toBe(
        'GET /a HTTP/1.1\nHost: a\n\n###\nGET /b HTTP/1.1\nAccept: */*\nHost: localhost:8081\n\n',
      );
    }
  });
});
