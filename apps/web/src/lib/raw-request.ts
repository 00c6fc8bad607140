/**
 * A lenient, line-level reading of the raw request text in the editor, and small edits
 * that rewrite only the part they touch. The raw text stays the source of truth: the
 * structured view, quick fixes, the token button and the exporters all go through here.
 * (The strict reading, with problems, is `parseRequest` from @teapot/http-message.)
 */

export interface TextRange {
  from: number;
  to: number;
}

/** One header line. `colon` is false for a line that has no colon (the server will reject it). */
export interface RawHeader extends TextRange {
  name: string;
  value: string;
  colon: boolean;
}

export interface RawRequest {
  method: string;
  target: string;
  version: string;
  /** The request line's range (line ending excluded); from === to when there is none. */
  startLine: TextRange;
  headers: RawHeader[];
  /** True when an empty line ends the head. */
  blankLine: boolean;
  /** Offset where the body starts (text.length when there is no blank line). */
  bodyFrom: number;
  body: string;
  /** The line ending the text uses. */
  eol: '\n' | '\r\n';
}

interface Line extends TextRange {
  text: string;
  /** Offset after the line ending. */
  next: number;
}

function* lines(text: string, from = 0): Generator<Line> {
  let at = from;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const to = end > at && text[end - 1] === '\r' ? end - 1 : end;
    yield { text: text.slice(at, to), from: at, to, next: nl === -1 ? text.length + 1 : nl + 1 };
    if (nl === -1) return;
    at = nl + 1;
  }
}

function splitStartLine(line: string): [string, string, string] {
  const parts = line.trim().split(/\s+/);
  return [parts[0] ?? '', parts[1] ?? '', parts.slice(2).join(' ')];
}

/**
 * Reads the request line, the header lines and the body, never failing.
 * @example readRawRequest('GET / HTTP/1.1\nHost: a\n\n').headers[0]?.name // 'Host'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
export function readRawRequest(text: string): RawRequest {
  const eol: RawRequest['eol'] = /\r\n/.test(text.slice(0, 2000)) ? '\r\n' : '\n';
  const result: RawRequest = {
    method: '',
    target: '',
    version: '',
    startLine: { from: 0, to: 0 },
    headers: [],
    blankLine: false,
    bodyFrom: text.length,
    body: '',
    eol,
  };
  let started = false;
  for (const line of lines(text)) {
    if (!started) {
      if (line.text.trim() === '') continue;
      started = true;
      [result.method, result.target, result.version] = splitStartLine(line.text);
      result.startLine = { from: line.from, to: line.to };
      continue;
    }
    if (line.text === '' && line.next <= text.length) {
      result.blankLine = true;
      result.bodyFrom = line.next;
      result.body = text.slice(line.next);
      break;
    }
    if (line.text === '') break;
    const colon = line.text.indexOf(':');
    result.headers.push({
      name: colon === -1 ? line.text.trim() : line.text.slice(0, colon).trim(),
      value: colon === -1 ? '' : line.text.slice(colon + 1).trim(),
      colon: colon !== -1,
      from: line.from,
      to: line.to,
    });
  }
  return result;
}

function replace(text: string, range: TextRange, insert: string): string {
  return text.slice(0, range.from) + insert + text.slice(range.to);
}

/**
 * Rewrites parts of the request line, keeping the others as they are.
 * @example setStartLine('GET / HTTP/1.1\n', { method: 'HEAD' }) // 'HEAD / HTTP/1.1\n'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3
 */
export function setStartLine(
  text: string,
  parts: Partial<Pick<RawRequest, 'method' | 'target' | 'version'>>,
): string {
  const r = readRawRequest(text);
  const line = [parts.method ?? r.method, parts.target ?? r.target, parts.version ?? r.version].join(' ');
  if (r.startLine.from === r.startLine.to && r.method === '') return `${line}${r.eol}${text}`;
  return replace(text, r.startLine, line);
}

/** Where a new header line goes: after the last header, else after the request line. */
function headerInsertPoint(text: string, r: RawRequest): { at: number; prefix: string; suffix: string } {
  const last = r.headers.at(-1);
  const after = last ?? r.startLine;
  if (after.to < text.length) return { at: after.to, prefix: r.eol, suffix: '' };
  // The text ends right after this line: also end the head, so the request stays a request.
  return { at: after.to, prefix: r.eol, suffix: r.blankLine ? '' : `${r.eol}${r.eol}` };
}

/**
 * Adds a header line after the existing ones.
 * @example addHeader('GET / HTTP/1.1\n\n', 'Host', 'a') // 'GET / HTTP/1.1\nHost: a\n\n'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5
 */
export function addHeader(text: string, name: string, value: string): string {
  const r = readRawRequest(text);
  const { at, prefix, suffix } = headerInsertPoint(text, r);
  return `${text.slice(0, at)}${prefix}${name}: ${value}${suffix}${text.slice(at)}`;
}

/**
 * Rewrites the header line at `index` (in head order).
 * @example setHeaderAt('GET / HTTP/1.1\nA: 1\n\n', 0, 'A', '2') // 'GET / HTTP/1.1\nA: 2\n\n'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5
 */
export function setHeaderAt(text: string, index: number, name: string, value: string): string {
  const h = readRawRequest(text).headers[index];
  return h ? replace(text, h, `${name}: ${value}`) : text;
}

/**
 * Removes the header line at `index`, with its line ending.
 * @example removeHeaderAt('GET / HTTP/1.1\nA: 1\n\n', 0) // 'GET / HTTP/1.1\n\n'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5
 */
export function removeHeaderAt(text: string, index: number): string {
  const r = readRawRequest(text);
  const h = r.headers[index];
  if (!h) return text;
  const lineEnd = text.startsWith('\r\n', h.to) ? 2 : text.startsWith('\n', h.to) ? 1 : 0;
  return text.slice(0, h.from) + text.slice(h.to + lineEnd);
}

/** Index of the first header with this name (case-insensitive), or -1. */
export function findHeader(text: string, name: string): number {
  const lower = name.toLowerCase();
  return readRawRequest(text).headers.findIndex((h) => h.colon && h.name.toLowerCase() === lower);
}

/**
 * Sets a header: rewrites the first line with that name, or adds one.
 * @example upsertHeader('GET / HTTP/1.1\nhost: a\n\n', 'Host', 'b') // 'GET / HTTP/1.1\nHost: b\n\n'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.3
 */
export function upsertHeader(text: string, name: string, value: string): string {
  const index = findHeader(text, name);
  return index === -1 ? addHeader(text, name, value) : setHeaderAt(text, index, name, value);
}

/**
 * Replaces the body (adding the blank line that ends the head when there is none).
 * @example setBody('POST / HTTP/1.1\nHost: a\n\n', '{}') // 'POST / HTTP/1.1\nHost: a\n\n{}'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-6
 */
export function setBody(text: string, body: string): string {
  const r = readRawRequest(text);
  if (r.blankLine) return text.slice(0, r.bodyFrom) + body;
  const ending = text.endsWith('\n') ? r.eol : `${r.eol}${r.eol}`;
  return `${text}${ending}${body}`;
}

/**
 * The URL a client would call for this request: an absolute-form target as is, an
 * origin-form target joined to Host. Undefined when there is no usable host.
 * @example requestUrl(readRawRequest('GET /u HTTP/1.1\nHost: a:1\n\n')) // 'http://a:1/u'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3.3
 */
export function requestUrl(r: RawRequest): string | undefined {
  if (/^https?:\/\//i.test(r.target)) return r.target;
  const host = r.headers.find((h) => h.colon && h.name.toLowerCase() === 'host')?.value;
  if (!host) return undefined;
  const path = r.target === '*' ? '/' : r.target.startsWith('/') ? r.target : `/${r.target}`;
  return `http://${host}${path}`;
}
