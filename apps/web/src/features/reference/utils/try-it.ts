/**
 * The editor text for a status code's "Try it": the example request, after the setup
 * requests it needs (as an .http file, one request per `###` block, for "Run all").
 * The editor holds LF line endings; the playground sends CRLF.
 */
import { TOKEN_PLACEHOLDER, fillToken } from '../../../lib/token.ts';

/**
 * Builds the editor text; `{{token}}` is filled in when the learner has a token.
 * @example tryItText('GET /users/1 HTTP/1.1\r\nHost: localhost:8081\r\n\r\n') // 'GET /users/1 HTTP/1.1\nHost: localhost:8081\n\n'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
export function tryItText(example: string, setup: readonly string[] = [], token?: string | null): string {
  const requests = [...setup, example].map((r) => r.replace(/\r\n/g, '\n'));
  const text =
    requests.length === 1
      ? (requests[0] ?? '')
      : requests.map((r) => r.replace(/\n*$/, '\n\n')).join('###\n');
  return fillToken(text, token ?? null);
}

/** True when the text still needs a token. */
export function needsToken(text: string): boolean {
  return text.includes(TOKEN_PLACEHOLDER);
}
