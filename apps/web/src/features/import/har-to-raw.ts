/**
 * A HAR file's requests become raw requests (an .http file when there are several).
 * HTTP/2 and HTTP/3 entries become HTTP/1.1 requests: pseudo-headers dropped, Host from
 * :authority or the URL.
 * @see http://www.softwareishard.com/blog/har-12-spec/#request
 */

export interface HarImport {
  requests: string[];
  /** Entries that could not be read (no URL, not an object). */
  skipped: number;
  total: number;
}

interface HarLikeRequest {
  method?: unknown;
  url?: unknown;
  httpVersion?: unknown;
  headers?: unknown;
  postData?: { text?: unknown; mimeType?: unknown; params?: unknown };
}

/** Headers the playground's request would not carry over from a browser's HAR. */
const DROPPED = new Set(['content-length', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'te']);

function pairs(value: unknown): [string, string][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((h: unknown) => {
    const name = (h as { name?: unknown })?.name;
    const v = (h as { value?: unknown })?.value;
    return typeof name === 'string'
      ? [[name, typeof v === 'string' ? v : String(v ?? '')] as [string, string]]
      : [];
  });
}

function bodyOf(post: HarLikeRequest['postData']): string {
  if (!post) return '';
  if (typeof post.text === 'string') return post.text;
  const params = pairs(post.params);
  return params.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`).join('&');
}

/**
 * One raw request (LF line endings, Content-Length in bytes) from a HAR request object.
 * @example harRequestToRaw({ method: 'GET', url: 'http://a/x', headers: [] }) // 'GET /x HTTP/1.1\nHost: a\n\n'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3
 */
export function harRequestToRaw(request: HarLikeRequest): string | undefined {
  if (typeof request?.url !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return undefined;
  }
  const method = typeof request.method === 'string' && request.method ? request.method.toUpperCase() : 'GET';
  const headers = pairs(request.headers);
  const authority = headers.find(([n]) => n.toLowerCase() === ':authority')?.[1];
  const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`];
  if (!headers.some(([n]) => n.toLowerCase() === 'host')) lines.push(`Host: ${authority ?? url.host}`);
  for (const [name, value] of headers) {
    if (name.startsWith(':') || DROPPED.has(name.toLowerCase())) continue;
    lines.push(`${name}: ${value}`);
  }
  const body = bodyOf(request.postData);
  if (body) {
    if (
      !headers.some(([n]) => n.toLowerCase() === 'content-type') &&
      typeof request.postData?.mimeType === 'string' &&
      request.postData.mimeType
    ) {
      lines.push(`Content-Type: ${request.postData.mimeType}`);
    }
    lines.push(`Content-Length: ${new TextEncoder().encode(body).length}`);
  }
  return `${lines.join('\n')}\n\n${body}`;
}

/**
 * Every request of a HAR log, in order. Throws a SyntaxError-like Error for text that is
 * not HAR at all (the dialog shows it).
 * @example harToRaw(JSON.parse(text)).requests
 * @see http://www.softwareishard.com/blog/har-12-spec/#log
 */
export function harToRaw(har: unknown): HarImport {
  const entries = (har as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (!Array.isArray(entries)) throw new Error('not-har');
  const requests: string[] = [];
  for (const entry of entries) {
    const raw = harRequestToRaw((entry as { request?: HarLikeRequest } | null)?.request ?? {});
    if (raw !== undefined) requests.push(raw);
  }
  return { requests, skipped: entries.length - requests.length, total: entries.length };
}

/**
 * Several requests as one .http file (one per `###` block).
 * @example asHttpFile(['GET /a HTTP/1.1\nHost: a\n\n', 'GET /b HTTP/1.1\nHost: a\n\n'])
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
export function asHttpFile(requests: readonly string[]): string {
  if (requests.length === 1) return requests[0] ?? '';
  return requests.map((r) => r.replace(/\n*$/, '\n\n')).join('###\n');
}
