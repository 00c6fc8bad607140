/**
 * Turns a message back into text: start line, one `name: value` line per field, a blank line,
 * then the body exactly as it was (chunked framing included).
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
import type { HeaderField, RequestLine, StatusLine } from './types.ts';

type Fields = readonly Pick<HeaderField, 'name' | 'value'>[];

/** What `serialize` needs from a request; a parsed `RequestMessage` fits. */
export interface SerializableRequest {
  kind: 'request';
  requestLine: Pick<RequestLine, 'method' | 'target' | 'version'> | null;
  headers: Fields;
  body: string;
}

/** What `serialize` needs from a response; a parsed `ResponseMessage` fits. */
export interface SerializableResponse {
  kind: 'response';
  statusLine: Pick<StatusLine, 'version' | 'status' | 'reason'> | null;
  headers: Fields;
  body: string;
  interim?: readonly SerializableResponse[];
}

export type SerializableMessage = SerializableRequest | SerializableResponse;

export interface SerializeOptions {
  /** CRLF unless told otherwise: HTTP/1.1 ends every head line with CRLF. */
  lineEnding?: '\r\n' | '\n';
}

function startLine(message: SerializableMessage): string | null {
  if (message.kind === 'request') {
    const line = message.requestLine;
    if (!line) return null;
    // An HTTP/0.9 request line has no version.
    return line.version === ''
      ? `${line.method} ${line.target}`
      : `${line.method} ${line.target} ${line.version}`;
  }
  const line = message.statusLine;
  return line ? `${line.version} ${line.status} ${line.reason}` : null;
}

/**
 * Serializes a message: a parsed one, or one built by hand. A message whose start line could
 * not be parsed is written without one. A response's interim (1xx) responses come first.
 *
 * @example
 * serialize({ kind: 'request', requestLine: { method: 'GET', target: '/', version: 'HTTP/1.1' },
 *   headers: [{ name: 'Host', value: 'localhost' }], body: '' })
 * // 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.1
 */
export function serialize(message: SerializableMessage, options: SerializeOptions = {}): string {
  const eol = options.lineEnding ?? '\r\n';
  const before = message.kind === 'response' ? (message.interim ?? []).map((m) => serialize(m, options)) : [];
  const start = startLine(message);
  const lines = start === null ? [] : [start];
  for (const field of message.headers) lines.push(`${field.name}: ${field.value}`);
  return `${before.join('')}${lines.map((line) => line + eol).join('')}${eol}${message.body}`;
}
