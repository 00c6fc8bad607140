import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse-request.ts';
import { parseResponse } from '../parse-response.ts';
import { brokenInvariants } from './invariants.ts';

// The fuzzers are only as good as this check: it must notice a broken message.
describe('brokenInvariants', () => {
  const text = 'POST /users HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}';

  it('finds nothing wrong with a real parse', () => {
    expect(brokenInvariants(text, parseRequest(text))).toEqual([]);
    const response = 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n';
    expect(brokenInvariants(response, parseResponse(response))).toEqual([]);
  });

  it('notices offsets past the end, a wrong rest, a wrong slice and an unknown key', () => {
    const request = parseRequest(text);
    const [host] = request.headers;
    if (!host) throw new Error('the sample has a Host field');
    const broken = brokenInvariants(text, {
      ...request,
      messageEnd: text.length + 1,
      rest: 'x',
      headers: [{ ...host, name: 'Hots' }],
      problems: [{ level: 'bad', key: 'no-such-key' as 'obs-fold', span: { start: 3, end: 2 } }],
    });
    expect(broken).toEqual([
      `messageEnd ${text.length + 1} is outside a text of ${text.length}`,
      'rest is not the text after messageEnd',
      `field name "Hots" is not the text at ${JSON.stringify(host.nameSpan)}`,
      'unknown problem key no-such-key',
      `problem no-such-key {"start":3,"end":2} is not inside a text of ${text.length}`,
    ]);
  });
});
