/**
 * Rebuilds an external client's exchange (curl, Python requests) from the server side:
 * the request head from Node's raw header list, the body as it arrived, the response
 * head exactly as Node wrote it, and the body chunks the app wrote. Bounded.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_CAPTURE = 64 * 1024;

export interface Captured {
  requestRaw: string;
  responseRaw: string;
  truncated: boolean;
}

function collector() {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  return {
    add(chunk: unknown, encoding?: BufferEncoding) {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buf = Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(String(chunk), encoding ?? 'utf8');
      const room = MAX_CAPTURE - size;
      if (buf.length > room) truncated = true;
      if (room > 0) {
        chunks.push(buf.subarray(0, room));
        size += Math.min(room, buf.length);
      }
    },
    text: () => Buffer.concat(chunks, size).toString('utf8'),
    get truncated() {
      return truncated;
    },
  };
}

/** Starts capturing; `done` fires once the response has been handed to the socket. */
export function captureExchange(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  done: (captured: Captured) => void,
): void {
  const body = collector();
  const sent = collector();
  incoming.on('data', (chunk: Buffer) => body.add(chunk));

  const write = outgoing.write.bind(outgoing) as (...args: unknown[]) => boolean;
  const end = outgoing.end.bind(outgoing) as (...args: unknown[]) => ServerResponse;
  outgoing.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
    sent.add(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined);
    return write(chunk, encoding, cb);
  }) as typeof outgoing.write;
  outgoing.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    sent.add(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined);
    return end(chunk, encoding, cb);
  }) as typeof outgoing.end;

  outgoing.once('finish', () => {
    const lines = [`${incoming.method} ${incoming.url} HTTP/${incoming.httpVersion}`];
    for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
      lines.push(`${incoming.rawHeaders[i]}: ${incoming.rawHeaders[i + 1]}`);
    }
    const requestRaw = `${lines.join('\r\n')}\r\n\r\n${body.text()}`;
    // Node keeps the head it wrote; the body is what the app wrote (without chunk framing).
    const head = (outgoing as unknown as { _header?: string })._header ?? '';
    const chunked = /\r\ntransfer-encoding: chunked\r\n/i.test(head);
    const responseBody = chunked ? dechunkedNotice(sent.text()) : sent.text();
    done({ requestRaw, responseRaw: head + responseBody, truncated: body.truncated || sent.truncated });
  });
}

/** Re-frames a body Node sent chunked as a single chunk, so the text stays a valid message. */
function dechunkedNotice(content: string): string {
  if (content.length === 0) return '0\r\n\r\n';
  const size = Buffer.byteLength(content).toString(16);
  return `${size}\r\n${content}\r\n0\r\n\r\n`;
}
