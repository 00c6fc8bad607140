/**
 * The mock API on node:http without Fetch objects in between: an `IncomingMessage` becomes a
 * `MockRequest`, and a `Reply` is written with one `writeHead` and one `end`, header names
 * spelled as the API spells them. The mock server spends most of its time here, and building a
 * `Request`, a `Headers` and a `Response` per exchange cost more than the decisions themselves
 * (see docs/benchmarks.md).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockRequest, Reply } from '@teapot/mock-api';

const decoder = new TextDecoder();

/** A request target that needs no normalising: origin-form, no dot segments, no `%`. */
const PLAIN_TARGET = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)/;

/** Why a request target cannot be served, or its absolute URL. */
export type TargetResult = { url: string } | { refusal: string };

/**
 * Turns the request target into the absolute URL the mock API routes on. Origin-form is the
 * usual form; absolute-form must be accepted too (RFC 9112 §3.2.2); dot segments are removed
 * as RFC 3986 §5.2.4 says. A backslash is refused rather than read as a slash.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3.2
 */
export function targetUrl(target: string): TargetResult {
  if (PLAIN_TARGET.test(target) && !DOT_SEGMENT.test(target)) return { url: `http://localhost${target}` };
  const query = target.indexOf('?');
  const backslash = target.indexOf('\\');
  if (backslash >= 0 && (query < 0 || backslash < query))
    return { refusal: 'The request target has a backslash in its path; paths separate segments with "/".' };
  const absolute = /^https?:\/\//i.test(target);
  if (!absolute && !target.startsWith('/'))
    return {
      refusal: `The request target "${target.slice(0, 60)}" is neither a path starting with "/" nor an absolute http:// URI.`,
    };
  try {
    const parsed = new URL(target, 'http://localhost');
    return { url: `http://localhost${parsed.pathname}${parsed.search}` };
  } catch {
    return { refusal: `The request target "${target.slice(0, 60)}" is not a valid URI.` };
  }
}

/**
 * A `MockRequest` over Node's request. Content, when the head announces some, is collected from
 * the start (so no early listener, such as the live capture, can make it flow past unseen), up to
 * `maxBody + 1` bytes: enough to refuse it with 413, never more.
 */
export class NodeMockRequest implements MockRequest {
  readonly method: string;
  readonly url: string;
  /** Set when the content went past `maxBody`: the rest is unread, so the connection must close. */
  cut = false;
  /** Node's header object, already built by its server (it looks at `Expect`). */
  readonly #parsed: IncomingMessage['headers'];
  /** Built only when a field name repeats, because Node drops some repeats instead of joining them. */
  readonly #joined: Map<string, string> | undefined;
  readonly #body: Promise<string> | undefined;

  constructor(incoming: IncomingMessage, url: string, maxBody: number) {
    this.method = incoming.method ?? 'GET';
    this.url = url;
    this.#parsed = incoming.headers;
    const raw = incoming.rawHeaders;
    let names = 0;
    for (const _ in this.#parsed) names += 1;
    if (names * 2 !== raw.length) {
      // Duplicates are joined with ", " as Fetch's Headers does, not dropped as Node does for some.
      const joined = new Map<string, string>();
      for (let i = 0; i < raw.length; i += 2) {
        const key = (raw[i] ?? '').toLowerCase();
        const value = raw[i + 1] ?? '';
        const before = joined.get(key);
        joined.set(key, before === undefined ? value : `${before}, ${value}`);
      }
      this.#joined = joined;
    }
    const length = this.header('content-length');
    const hasContent = this.header('transfer-encoding') !== undefined || (length !== undefined && length !== '0');
    if (hasContent) {
      this.#body = this.#collect(incoming, maxBody + 1);
      // A refusal may come before anyone asks for the content; its failure is not an error then.
      this.#body.catch(() => undefined);
    }
  }

  header(name: string): string | undefined {
    if (this.#joined) return this.#joined.get(name);
    const value = this.#parsed[name];
    // Node keeps Set-Cookie as a list even when it comes once.
    return Array.isArray(value) ? value.join(', ') : value;
  }

  text(): Promise<string> {
    return this.#body ?? Promise.resolve('');
  }

  #collect(incoming: IncomingMessage, cap: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => {
        cleanup();
        resolve(decoder.decode(Buffer.concat(chunks, size)));
      };
      const onData = (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= cap) {
          // Enough to refuse with 413; the rest is never read, and the connection closes.
          this.cut = true;
          incoming.pause();
          finish();
        }
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const onClose = () => onError(new Error('the client closed the connection before the content ended'));
      const cleanup = () => {
        incoming.off('data', onData);
        incoming.off('end', finish);
        incoming.off('error', onError);
        incoming.off('close', onClose);
      };
      incoming.on('data', onData);
      incoming.on('end', finish);
      incoming.on('error', onError);
      incoming.on('close', onClose);
    });
  }
}

const NO_CONTENT = new Set([204, 304]);

/**
 * The header fields as written (name, value, name, value...), kept for replies the read memo
 * hands out again: those have frozen headers, and are written many times.
 */
const framedOf = new WeakMap<Reply, string[]>();

function frame(reply: Reply): Record<string, string> | string[] {
  const headers = reply.headers;
  const needsLength = headers['Content-Length'] === undefined && !NO_CONTENT.has(reply.status) && reply.status >= 200;
  if (!needsLength) return headers;
  const length = () => (reply.body === null ? '0' : String(Buffer.byteLength(reply.body)));
  if (!Object.isFrozen(headers)) return { ...headers, 'Content-Length': length() };
  let framed = framedOf.get(reply);
  if (framed === undefined) {
    framed = [];
    for (const name in headers) framed.push(name, headers[name] as string);
    framed.push('Content-Length', length());
    framedOf.set(reply, framed);
  }
  return framed;
}

/**
 * Writes a reply. Content-Length is set from the content (or 0 when there is none and the
 * status may have some), so nothing goes out chunked. The reply is not changed: the read memo
 * hands the same one out again.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-6.3
 */
export function writeReply(outgoing: ServerResponse, reply: Reply, close: boolean): void {
  const body = reply.body;
  let headers = frame(reply);
  if (close) headers = Array.isArray(headers) ? [...headers, 'Connection', 'close'] : { ...headers, Connection: 'close' };
  outgoing.writeHead(reply.status, headers);
  if (body === null) outgoing.end();
  else outgoing.end(body);
}
