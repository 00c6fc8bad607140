/**
 * The RFC 9112 checks Node's parser leaves to the application, done before any handler
 * runs: exactly one non-empty Host, and a bound on the number of header fields.
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-3.2
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface PreflightRefusal {
  status: 400 | 431 | 500 | 505;
  title: string;
  detail: string;
}

export function preflight(incoming: IncomingMessage, maxHeaders: number): PreflightRefusal | null {
  // Node's parser reads any HTTP/x.y; this server speaks HTTP/1.x only (RFC 9110 §15.6.6).
  if (incoming.httpVersionMajor !== 1) {
    return {
      status: 505,
      title: 'HTTP Version Not Supported',
      detail: `This server speaks HTTP/1.1; the request says HTTP/${incoming.httpVersion}.`,
    };
  }
  const raw = incoming.rawHeaders;
  if (raw.length / 2 > maxHeaders) {
    return {
      status: 431,
      title: 'Request Header Fields Too Large',
      detail: `The request has ${raw.length / 2} header fields; this server accepts at most ${maxHeaders}.`,
    };
  }
  let hostCount = 0;
  let host = '';
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] ?? '';
    // Only names of four letters can be Host; most fields are skipped without a lowercase copy.
    if (name.length === 4 && name.toLowerCase() === 'host') {
      hostCount += 1;
      host = raw[i + 1] ?? '';
    }
  }
  // "any request message that contains more than one Host header field line" (RFC 9112 §3.2).
  if (hostCount > 1) {
    return { status: 400, title: 'Bad Request', detail: `The request has ${hostCount} Host header fields; HTTP/1.1 requires exactly one.` };
  }
  if (hostCount === 1 && host.trim() === '') {
    return { status: 400, title: 'Bad Request', detail: 'The Host header field is empty; it must name the host (and port) the request is for.' };
  }
  return null;
}

/** Writes the refusal as problem details and closes the connection: the framing can't be trusted. */
export function refuse(outgoing: ServerResponse, refusal: PreflightRefusal, instance: string): void {
  const body = JSON.stringify({
    type: 'about:blank',
    title: refusal.title,
    status: refusal.status,
    detail: refusal.detail,
    instance,
  });
  outgoing.writeHead(refusal.status, {
    'Content-Type': 'application/problem+json',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    Connection: 'close',
  });
  outgoing.end(body);
}
