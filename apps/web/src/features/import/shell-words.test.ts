import { describe, expect, it } from 'vitest';
import { shellWords } from './shell-words.ts';

describe('shellWords', () => {
  it.each([
    [`curl http://a/`, ['curl', 'http://a/']],
    [
      `curl -H 'Accept: text/plain' "http://a/?q=1&r=2"`,
      ['curl', '-H', 'Accept: text/plain', 'http://a/?q=1&r=2'],
    ],
    [`curl -d "{\\"a\\": \\"\\$x\\"}"`, ['curl', '-d', '{"a": "$x"}']],
    [`curl --data $'line1\\nline2'`, ['curl', '--data', 'line1\nline2']],
    [`curl \\\n  -X POST \\\n  http://a/`, ['curl', '-X', 'POST', 'http://a/']],
    [`curl ^\r\n -X PUT`, ['curl', '-X', 'PUT']],
    [`curl -H X-Empty:\\ value`, ['curl', '-H', 'X-Empty: value']],
    [`curl ''`, ['curl', '']],
    [`curl 'it'"'"'s'`, ['curl', "it's"]],
    [`curl 'unterminated`, ['curl', 'unterminated']],
    [`curl -d '{"name":"김철수"}'`, ['curl', '-d', '{"name":"김철수"}']],
  ])('%s', (input, words) => {
    expect(shellWords(input)).toEqual(words);
  });
});
