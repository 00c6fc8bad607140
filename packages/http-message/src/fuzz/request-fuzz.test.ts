import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChunked } from '../chunked.ts';
import { parseRequest } from '../parse-request.ts';
import { serialize } from '../serialize.ts';
import { anyInput } from './arbitraries.ts';
import { brokenInvariants } from './invariants.ts';
import { REQUEST_SAMPLES } from './samples.ts';

// The inputs are bounded in size, so "finishes quickly" needs no clock: a run that hangs or
// goes quadratic shows up as a test timeout.
describe('parseRequest under fuzzing', () => {
  it('never throws, and every offset stays inside the text', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        expect(brokenInvariants(text, parseRequest(text))).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });

  it('serializes whatever it parsed, and decodes any text as chunked without throwing', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        expect(typeof serialize(parseRequest(text))).toBe('string');
        expect(decodeChunked(text).content.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 800 },
    );
  });
});

const withHost = REQUEST_SAMPLES.filter((s) => s.includes('\r\nHost:'));
const withLength = REQUEST_SAMPLES.filter((s) => s.includes('\r\nContent-Length:'));
const isBad = (text: string) => parseRequest(text).problems.some((p) => p.level === 'bad');

// RFC 9110 section 5.5 and RFC 9112 section 3 leave no room for these; wherever they land,
// the request is bad.
describe('mutants the RFC rejects are reported bad', () => {
  it('a control character anywhere in the head', () => {
    const control = fc.constantFrom('\x00', '\x01', '\x08', '\x0b', '\x0c', '\x1b', '\x1f', '\x7f');
    fc.assert(
      fc.property(fc.constantFrom(...REQUEST_SAMPLES), control, fc.nat(), (sample, char, at) => {
        const i = at % sample.indexOf('\r\n\r\n');
        expect(isBad(sample.slice(0, i) + char + sample.slice(i))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a second Host field line, wherever it goes in the head', () => {
    fc.assert(
      fc.property(fc.constantFrom(...withHost), fc.nat(), (sample, at) => {
        const lines = sample.split('\r\n');
        const headEnd = lines.indexOf('');
        lines.splice(1 + (at % headEnd), 0, 'Host: elsewhere.example');
        const request = parseRequest(lines.join('\r\n'));
        expect(request.problems.map((p) => p.key)).toContain('duplicate-host');
      }),
      { numRuns: 100 },
    );
  });

  it('a Content-Length that is not a single run of digits', () => {
    const value = fc.constantFrom('-1', '+5', '1e3', '0x10', '5, 6', 'abc', '', '1 2', '٣');
    fc.assert(
      fc.property(fc.constantFrom(...withLength), value, (sample, bad) => {
        expect(isBad(sample.replace(/(\r\nContent-Length:) *\d+/, `$1 ${bad}`))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
