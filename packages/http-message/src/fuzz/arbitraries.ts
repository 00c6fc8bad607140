/**
 * Inputs for the fuzzers, bounded in size so that a run stays short: any text, HTTP-ish
 * fragments glued together, long runs of one fragment, and mutants of well-formed messages.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
import fc from 'fast-check';
import { HOSTILE_CHARS, mutated } from './mutate.ts';
import { REQUEST_SAMPLES, RESPONSE_SAMPLES } from './samples.ts';

const FRAGMENTS = [
  'GET',
  'POST',
  'PRI * HTTP/2.0',
  ' ',
  '/',
  '*',
  'http://a/',
  'HTTP/1.1',
  'HTTP/1.0',
  'HTTP/2.0',
  'HTTP/1.1 200 OK',
  'HTTP/1.1 100 Continue',
  'HTTP/1.1 204 x',
  'Host: a',
  'Content-Length: 3',
  'Content-Length: ',
  'Transfer-Encoding: chunked',
  '0\r\n\r\n',
  '3\r\nabc\r\n',
  'ffffffffffffffff',
  ';x="y',
  '\r\n\r\n',
  '%zz',
  '😀',
  ...HOSTILE_CHARS,
] as const satisfies readonly string[];

/** Any text at all, lone surrogates and control characters included. */
export const anyText = fc.string({ unit: 'binary', maxLength: 2_000 });

/** HTTP-ish fragments in any order. */
export const fragments = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** A message with one fragment repeated many times: long lines, many fields, deep chunking. */
export const longRuns = fc
  .tuple(
    fc.constantFrom(...REQUEST_SAMPLES, ...RESPONSE_SAMPLES),
    fc.constantFrom('a', ' ', ':', 'X: y\r\n', '\r\n', '1\r\nx\r\n', '\n'),
    fc.integer({ min: 1_000, max: 10_000 }),
    fc.nat(),
  )
  .map(([sample, unit, times, at]) => {
    const i = at % (sample.length + 1);
    return sample.slice(0, i) + unit.repeat(times) + sample.slice(i);
  });

export const mutatedRequest = mutated(REQUEST_SAMPLES);
export const mutatedResponse = mutated(RESPONSE_SAMPLES);

/** Everything a parser could be handed. */
export const anyInput = fc.oneof(anyText, fragments, mutatedRequest, mutatedResponse, longRuns);
