/**
 * Mutations of well-formed messages, as fast-check arbitraries. Each mutation is a small,
 * plausible mistake or attack: a stray CR, LF, SP, HTAB, colon or control character, a line
 * duplicated or dropped, a line ending changed, a Content-Length or chunk size edited, a cut.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
import fc from 'fast-check';

/** Characters that change how a head is read when dropped into it. */
export const HOSTILE_CHARS = [
  '\r',
  '\n',
  '\r\n',
  ' ',
  '\t',
  ':',
  ',',
  ';',
  '"',
  '\x00',
  '\x01',
  '\x0b',
  '\x7f',
  '\x85',
  'é',
  '한',
  '\ud800',
] as const satisfies readonly string[];

/** Text to edit a number into: Content-Length values and chunk sizes. */
const NUMBERS = [
  '0',
  '1',
  '-1',
  '+1',
  '',
  ' ',
  '1e3',
  '0x10',
  '99999999999999999999',
  '1,1',
  '3 ',
  'ff',
  'zz',
] as const;

export type Mutation = (text: string) => string;

function lines(text: string): string[] {
  return text.split('\r\n');
}

const insert = fc.tuple(fc.constantFrom(...HOSTILE_CHARS), fc.nat()).map(([char, at]): Mutation => (text) => {
  const i = at % (text.length + 1);
  return text.slice(0, i) + char + text.slice(i);
});

const remove = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4 })).map(([at, count]): Mutation => (text) => {
  const i = at % (text.length + 1);
  return text.slice(0, i) + text.slice(i + count);
});

const duplicateLine = fc.nat().map((at): Mutation => (text) => {
  const all = lines(text);
  const i = at % all.length;
  all.splice(i, 0, all[i] ?? '');
  return all.join('\r\n');
});

const dropLine = fc.nat().map((at): Mutation => (text) => {
  const all = lines(text);
  all.splice(at % all.length, 1);
  return all.join('\r\n');
});

/** One CRLF becomes a bare LF, a bare CR, or LF CR. */
const lineEnding = fc
  .tuple(fc.nat(), fc.constantFrom('\n', '\r', '\n\r'))
  .map(([at, ending]): Mutation => (text) => {
    const all = lines(text);
    if (all.length < 2) return text;
    const i = at % (all.length - 1);
    return all.slice(0, i + 1).join('\r\n') + ending + all.slice(i + 1).join('\r\n');
  });

/** The first Content-Length value, or the first chunk size, is replaced. */
const number = fc.constantFrom(...NUMBERS).map((value): Mutation => (text) => {
  if (/\r\ncontent-length:/i.test(text))
    return text.replace(/(\r\ncontent-length:) *[^\r\n]*/i, `$1 ${value}`);
  return text.replace(/(\r\n\r\n)[0-9a-f]+\r\n/i, `$1${value}\r\n`);
});

/** A framing or Host field is added just after the start line. */
const extraField = fc
  .constantFrom(
    'Content-Length: 3',
    'Content-Length: 0',
    'Transfer-Encoding: chunked',
    'Transfer-Encoding: gzip',
    'Host: other',
    'Host:',
    'Connection: close',
    'Expect: 100-continue',
  )
  .map(
    (field): Mutation =>
      (text) =>
        text.replace('\r\n', `\r\n${field}\r\n`),
  );

const cut = fc.nat().map(
  (at): Mutation =>
    (text) =>
      text.slice(0, at % (text.length + 1)),
);

const MUTATIONS = [insert, remove, duplicateLine, dropLine, lineEnding, number, extraField, cut];

/**
 * One of `samples`, changed by one to `max` mutations in a row.
 *
 * @example fc.sample(mutated(['GET / HTTP/1.1\r\nHost: a\r\n\r\n']), 1)
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
export function mutated(samples: readonly string[], max = 3): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...samples), fc.array(fc.oneof(...MUTATIONS), { minLength: 1, maxLength: max }))
    .map(([sample, mutations]) => mutations.reduce((text, mutation) => mutation(text), sample));
}
