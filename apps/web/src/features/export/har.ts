/**
 * HAR 1.2 from exchanges: one entry per exchange, built from the raw request and response
 * exactly as they crossed the wire.
 * @see http://www.softwareishard.com/blog/har-12-spec/
 */
import type { Cookie, Entry, Har, Header, Request, Response } from 'har-format';
import { byteLength, parseRequest, parseResponse } from '@teapot/http-message';
import type { HttpMessage } from '@teapot/http-message';
import { readRawRequest, requestUrl } from '../../lib/raw-request.ts';

/** What a HAR entry is made from (history entries have this shape). */
export interface HarSource {
  createdAt: string;
  requestRaw: string;
  responseRaw: string;
  totalMs: number;
}

const headersOf = (m: HttpMessage): Header[] => m.headers.map((h) => ({ name: h.name, value: h.value }));
const headerValue = (m: HttpMessage, name: string) =>
  m.headers.find((h) => h.name.toLowerCase() === name)?.value;

function cookies(header: string | undefined): Cookie[] {
  if (!header) return [];
  return header
    .split(';')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq === -1
        ? { name: pair, value: '' }
        : { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() };
    });
}

function setCookies(m: HttpMessage): Cookie[] {
  return m.headers
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .flatMap((h) => cookies(h.value.split(';')[0]));
}

function headSize(m: HttpMessage, raw: string): number {
  return m.bodySpan.start > 0 ? byteLength(raw.slice(0, m.bodySpan.start)) : -1;
}

/**
 * The HAR request object for a raw request.
 * @example harRequest('GET /u HTTP/1.1\r\nHost: a\r\n\r\n').url // 'http://a/u'
 * @see http://www.softwareishard.com/blog/har-12-spec/#request
 */
export function harRequest(raw: string): Request {
  const m = parseRequest(raw);
  const url = requestUrl(readRawRequest(raw)) ?? `http://localhost${m.requestLine?.target ?? '/'}`;
  let queryString: Request['queryString'];
  try {
    queryString = [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    queryString = [];
  }
  const request: Request = {
    method: m.requestLine?.method ?? '',
    url,
    httpVersion: m.requestLine?.version ?? 'HTTP/1.1',
    cookies: cookies(headerValue(m, 'cookie')),
    headers: headersOf(m),
    queryString,
    headersSize: headSize(m, raw),
    bodySize: byteLength(m.body),
  };
  if (m.content.length > 0)
    request.postData = { mimeType: headerValue(m, 'content-type') ?? '', text: m.content };
  return request;
}

function harResponse(raw: string, method: string | undefined): Response {
  const m = parseResponse(raw, { requestMethod: method, closed: true });
  return {
    status: m.statusLine?.status ?? 0,
    statusText: m.statusLine?.reason ?? '',
    httpVersion: m.statusLine?.version ?? 'HTTP/1.1',
    cookies: setCookies(m),
    headers: headersOf(m),
    content: {
      size: byteLength(m.content),
      mimeType: headerValue(m, 'content-type') ?? 'x-unknown',
      text: m.content,
    },
    redirectURL: headerValue(m, 'location') ?? '',
    headersSize: headSize(m, raw),
    bodySize: raw.length === 0 ? -1 : byteLength(m.body),
  };
}

/**
 * One HAR entry for an exchange.
 * @example harEntry({ createdAt, requestRaw, responseRaw, totalMs: 3 }).response.status
 * @see http://www.softwareishard.com/blog/har-12-spec/#entries
 */
export function harEntry(source: HarSource): Entry {
  const request = harRequest(source.requestRaw);
  const time = Math.max(0, source.totalMs);
  return {
    startedDateTime: source.createdAt,
    time,
    request,
    response: harResponse(source.responseRaw, request.method),
    cache: {},
    timings: { blocked: -1, dns: -1, connect: -1, send: 0, wait: time, receive: 0, ssl: -1 },
  };
}

/**
 * A HAR 1.2 log of exchanges, oldest first (as a browser records them).
 * @example JSON.stringify(buildHar([entry]), null, 2)
 * @see http://www.softwareishard.com/blog/har-12-spec/#log
 */
export function buildHar(sources: readonly HarSource[]): Har {
  const ordered = [...sources].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    log: {
      version: '1.2',
      creator: { name: 'Teapot', version: '0.1.0' },
      entries: ordered.map(harEntry),
    },
  };
}
