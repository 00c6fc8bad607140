/**
 * "Get a token": a visible POST /tokens exchange (it shows in the response pane and the
 * history), then the token goes into the editor as an Authorization line the learner sees.
 */
import { byteLength } from '@teapot/http-message';
import { blockAt, splitHttpFile } from '../features/composer/http-file/split-http-file.ts';
import { DEFAULT_HOST } from '../features/composer/default-request.ts';
import type { Exchange } from '../features/exchange/types.ts';
import { readRawRequest, upsertHeader } from '../lib/raw-request.ts';
import { TOKEN_PLACEHOLDER } from '../lib/token.ts';

/**
 * The raw POST /tokens request (to the same Host the learner uses).
 * @example tokenRequest('localhost:8081') // 'POST /tokens HTTP/1.1\nHost: localhost:8081\n...\n\n{}'
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export function tokenRequest(host = DEFAULT_HOST): string {
  const body = '{}';
  return [
    'POST /tokens HTTP/1.1',
    `Host: ${host}`,
    'Accept: application/json',
    'Content-Type: application/json',
    `Content-Length: ${byteLength(body)}`,
    '',
    body,
  ].join('\n');
}

/** The Host of the first request in the editor, if any. */
export function draftHost(doc: string): string | undefined {
  const first = splitHttpFile(doc)[0];
  return readRawRequest(first?.text ?? '').headers.find((h) => h.colon && h.name.toLowerCase() === 'host')
    ?.value;
}

/** The token in a POST /tokens exchange's JSON body, if it has one. */
export function tokenFrom(exchange: Exchange): string | undefined {
  if (exchange.response.status !== 201 && exchange.response.status !== 200) return undefined;
  try {
    const body: unknown = JSON.parse(exchange.response.message?.content ?? '');
    const token = (body as { token?: unknown } | null)?.token;
    return typeof token === 'string' && token.length > 0 ? token : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The editor text with the new token: `{{token}}` placeholders and the old token are
 * replaced everywhere; when neither was there, the request under the cursor gets an
 * `Authorization: Bearer` line.
 * @example withToken('GET / HTTP/1.1\nHost: a\n\n', 'abc', null, 0) // 'GET / HTTP/1.1\nHost: a\nAuthorization: Bearer abc\n\n'
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export function withToken(doc: string, token: string, old: string | null, cursor: number): string {
  let next = doc.replaceAll(TOKEN_PLACEHOLDER, token);
  if (old && old !== token) next = next.replaceAll(old, token);
  if (next !== doc || next.includes(token)) return next;
  const block = blockAt(splitHttpFile(doc), cursor);
  if (!block) return doc;
  const end = Math.max(block.requestFrom, block.to);
  const text = doc.slice(block.requestFrom, end);
  return (
    doc.slice(0, block.requestFrom) + upsertHeader(text, 'Authorization', `Bearer ${token}`) + doc.slice(end)
  );
}
