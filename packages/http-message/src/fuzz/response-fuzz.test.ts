import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResponse } from '../parse-response.ts';
import { serialize } from '../serialize.ts';
import { anyInput, mutatedResponse } from './arbitraries.ts';
import { brokenInvariants } from './invariants.ts';

const options = fc.record({
  requestMethod: fc.constantFrom(undefined, 'GET', 'HEAD', 'POST', 'CONNECT'),
  closed: fc.boolean(),
});

describe('parseResponse under fuzzing', () => {
  it('never throws, and every offset stays inside the text', () => {
    fc.assert(
      fc.property(anyInput, options, (text, opts) => {
        const response = parseResponse(text, opts);
        expect(brokenInvariants(text, response)).toEqual([]);
        expect(typeof serialize(response)).toBe('string');
      }),
      { numRuns: 1_000 },
    );
  });

  it('takes interim responses only from the start of the text, in order', () => {
    fc.assert(
      fc.property(mutatedResponse, (text) => {
        const response = parseResponse(text, { requestMethod: 'GET' });
        let end = 0;
        for (const interim of response.interim ?? []) {
          expect(interim.statusLine?.span.start).toBeGreaterThanOrEqual(end);
          expect(interim.complete).toBe(true);
          end = interim.messageEnd;
        }
        expect(response.messageEnd).toBeGreaterThanOrEqual(end);
      }),
      { numRuns: 800 },
    );
  });

  it('a response to HEAD has no body, whatever its framing says', () => {
    fc.assert(
      fc.property(mutatedResponse, (text) => {
        const response = parseResponse(text, { requestMethod: 'HEAD' });
        if (response.statusLine && response.statusLine.status >= 200) expect(response.body).toBe('');
      }),
      { numRuns: 800 },
    );
  });
});
