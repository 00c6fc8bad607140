/**
 * Splits a shell command line into words the way a POSIX shell does for the quoting people
 * paste with curl commands: '...', "..." (with \" \\ \$ \` escapes), $'...' (ANSI-C),
 * backslash escapes, and backslash-newline (or ^ / ` line continuations from Windows shells).
 */

const ANSI_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '0': '\0',
};

/**
 * The words of a command line. Unterminated quotes run to the end of the input.
 * @example shellWords(`curl -H 'Accept: text/plain' http://a/`) // ['curl', '-H', 'Accept: text/plain', 'http://a/']
 * @see https://pubs.opengroup.org/onlinepubs/9799919799/utilities/V3_chap02.html#tag_19_02
 */
export function shellWords(input: string): string[] {
  const text = input.replace(/[\\^`]\r?\n/g, ' ');
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      word += text.slice(i + 1, end === -1 ? text.length : end);
      i = end === -1 ? text.length : end + 1;
    } else if (c === '$' && text[i + 1] === "'") {
      i += 2;
      while (i < text.length && text[i] !== "'") {
        if (text[i] === '\\' && i + 1 < text.length) {
          const e = text[i + 1] ?? '';
          word += ANSI_ESCAPES[e] ?? `\\${e}`;
          i += 2;
        } else word += text[i++];
      }
      i++;
    } else if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        const next = text[i + 1] ?? '';
        if (text[i] === '\\' && '"\\$`'.includes(next) && next !== '') {
          word += next;
          i += 2;
        } else word += text[i++];
      }
      i++;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[i + 1];
      i += 2;
    } else {
      word += c;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}
