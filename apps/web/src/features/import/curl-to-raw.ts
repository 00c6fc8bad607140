/**
 * A pasted curl command becomes the raw request curl would send. Covers the flags people
 * paste: -X -H -d --data-raw --data-binary --data-urlencode --json -u -I -G -A -e -b --url,
 * and ignores output-only flags (-s -S -v -i -L -k -o ...). Anything else becomes a warning.
 */
import { shellWords } from './shell-words.ts';

export interface ImportWarning {
  /** i18n key under `import.warning`. */
  key: 'unknown-option' | 'data-from-file' | 'https' | 'not-curl' | 'no-url' | 'bad-url';
  params?: Record<string, string>;
}

export interface ImportResult {
  raw: string;
  warnings: ImportWarning[];
}

type Kind = 'data' | 'data-raw' | 'data-urlencode' | 'json';

/** Options that take a value and only change curl's output, not the request. */
const IGNORED_WITH_VALUE = new Set([
  '-o',
  '--output',
  '-w',
  '--write-out',
  '-m',
  '--max-time',
  '--connect-timeout',
  '--retry',
  '-c',
  '--cookie-jar',
  '--max-redirs',
  '-D',
  '--dump-header',
]);
const IGNORED_FLAGS = new Set([
  '-s',
  '--silent',
  '-S',
  '--show-error',
  '-v',
  '--verbose',
  '-i',
  '--include',
  '-L',
  '--location',
  '-k',
  '--insecure',
  '--compressed',
  '--http1.1',
  '-f',
  '--fail',
  '--fail-with-body',
  '-#',
  '--progress-bar',
  '-N',
  '--no-buffer',
  '-g',
  '--globoff',
]);
/** Short options that take a value (so `-XPOST` and `-H'A: b'` work). */
const SHORT_WITH_VALUE = new Set(['X', 'H', 'd', 'u', 'A', 'e', 'b', 'o', 'w', 'm', 'c', 'D']);

const LONG_ALIASES: Record<string, string> = {
  '--request': '-X',
  '--header': '-H',
  '--data': '-d',
  '--data-ascii': '-d',
  '--user': '-u',
  '--user-agent': '-A',
  '--referer': '-e',
  '--cookie': '-b',
  '--head': '-I',
  '--get': '-G',
};

/** Expands `-sSL` and `-XPOST` into separate words. */
function expandShort(word: string): string[] {
  if (!/^-[A-Za-z#]/.test(word) || word.startsWith('--')) return [word];
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    const flag = word[i] ?? '';
    out.push(`-${flag}`);
    if (SHORT_WITH_VALUE.has(flag)) {
      if (i + 1 < word.length) out.push(word.slice(i + 1));
      break;
    }
  }
  return out;
}

function basicAuth(userPass: string): string {
  const bytes = new TextEncoder().encode(userPass.includes(':') ? userPass : `${userPass}:`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

function dataPart(kind: Kind, value: string, warnings: ImportWarning[]): string {
  if (kind === 'data-urlencode') {
    const eq = value.indexOf('=');
    return eq === -1
      ? encodeURIComponent(value)
      : `${value.slice(0, eq + 1)}${encodeURIComponent(value.slice(eq + 1))}`;
  }
  if (kind !== 'data-raw' && value.startsWith('@')) {
    warnings.push({ key: 'data-from-file', params: { file: value.slice(1) } });
    return '';
  }
  // curl -d strips CR and LF from data it reads from files only; inline text is kept.
  return value;
}

/**
 * The raw request for a curl command line, with warnings for what could not be carried over.
 * @example curlToRaw("curl -X DELETE http://localhost:8081/users/1").raw // 'DELETE /users/1 HTTP/1.1\nHost: localhost:8081\nAccept: *\/*\n\n'
 * @see https://curl.se/docs/manpage.html
 */
export function curlToRaw(command: string): ImportResult {
  const warnings: ImportWarning[] = [];
  const words = shellWords(command.trim()).flatMap(expandShort);
  if (words[0] !== 'curl') warnings.push({ key: 'not-curl' });
  let method: string | undefined;
  let url: string | undefined;
  let head = false;
  let get = false;
  let json = false;
  const headers: [string, string][] = [];
  const removed = new Set<string>();
  const data: string[] = [];
  const take = (i: number) => words[i + 1] ?? '';
  for (let i = words[0] === 'curl' ? 1 : 0; i < words.length; i++) {
    const raw = words[i] ?? '';
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const word = eq === -1 ? raw : raw.slice(0, eq);
    const inline = eq === -1 ? undefined : raw.slice(eq + 1);
    const value = () => inline ?? take(i++);
    const flag = LONG_ALIASES[word] ?? word;
    if (flag === '-X') method = value();
    else if (flag === '-H') {
      const h = value();
      const colon = h.indexOf(':');
      const semi = h.indexOf(';');
      if (colon === -1 && semi === h.length - 1) headers.push([h.slice(0, -1), '']);
      else if (colon !== -1 && h.slice(colon + 1).trim() === '')
        removed.add(h.slice(0, colon).trim().toLowerCase());
      else if (colon !== -1) headers.push([h.slice(0, colon).trim(), h.slice(colon + 1).trim()]);
    } else if (flag === '-d' || flag === '--data-binary') data.push(dataPart('data', value(), warnings));
    else if (flag === '--data-raw') data.push(dataPart('data-raw', value(), warnings));
    else if (flag === '--data-urlencode') data.push(dataPart('data-urlencode', value(), warnings));
    else if (flag === '--json') {
      json = true;
      data.push(dataPart('json', value(), warnings));
    } else if (flag === '-u') headers.push(['Authorization', basicAuth(value())]);
    else if (flag === '-A') headers.push(['User-Agent', value()]);
    else if (flag === '-e') headers.push(['Referer', value()]);
    else if (flag === '-b') {
      const v = value();
      if (v.includes('=')) headers.push(['Cookie', v]);
      else warnings.push({ key: 'data-from-file', params: { file: v } });
    } else if (flag === '-I') head = true;
    else if (flag === '-G') get = true;
    else if (flag === '--url') url = value();
    else if (IGNORED_WITH_VALUE.has(word)) value();
    else if (IGNORED_FLAGS.has(word)) continue;
    else if (word.startsWith('-') && word.length > 1)
      warnings.push({ key: 'unknown-option', params: { option: word } });
    else url ??= raw;
  }
  return { raw: assemble({ method, url, head, get, json, headers, removed, data }, warnings), warnings };
}

interface Parsed {
  method: string | undefined;
  url: string | undefined;
  head: boolean;
  get: boolean;
  json: boolean;
  headers: [string, string][];
  removed: Set<string>;
  data: string[];
}

function assemble(p: Parsed, warnings: ImportWarning[]): string {
  if (!p.url) {
    warnings.push({ key: 'no-url' });
    p.url = 'http://localhost:8081/';
  }
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(p.url) ? p.url : `http://${p.url}`);
  } catch {
    warnings.push({ key: 'bad-url', params: { url: p.url } });
    url = new URL('http://localhost:8081/');
  }
  if (url.protocol === 'https:') warnings.push({ key: 'https' });
  const body = p.data.join(p.json ? '' : '&');
  const hasBody = p.data.length > 0 && !p.get;
  if (p.get && p.data.length > 0) url.search = url.search ? `${url.search}&${body}` : `?${body}`;
  const method = p.method ?? (p.head ? 'HEAD' : hasBody ? 'POST' : 'GET');
  const names = new Set(p.headers.map(([n]) => n.toLowerCase()));
  const lines: string[] = [`${method} ${url.pathname}${url.search} HTTP/1.1`];
  const add = (name: string, value: string) => {
    if (!names.has(name.toLowerCase()) && !p.removed.has(name.toLowerCase())) lines.push(`${name}: ${value}`);
  };
  add('Host', url.host);
  if (url.username)
    add(
      'Authorization',
      basicAuth(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`),
    );
  add('Accept', p.json ? 'application/json' : '*/*');
  for (const [name, value] of p.headers) lines.push(`${name}: ${value}`);
  if (hasBody) {
    add('Content-Type', p.json ? 'application/json' : 'application/x-www-form-urlencoded');
    add('Content-Length', String(new TextEncoder().encode(body).length));
  }
  return `${lines.join('\n')}\n\n${hasBody ? body : ''}`;
}
