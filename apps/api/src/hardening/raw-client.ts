/**
 * Test helper: writes raw bytes to a server over a real TCP socket, as a hostile client
 * would, and reports what came back and whether the server kept the connection. It never
 * half-closes: a server that waits for more bytes must end the connection on its own.
 */
import net from 'node:net';
import { parseResponse } from '@teapot/http-message';

/** `open`: a second request on the same connection was answered. `hung`: neither. */
export type ConnectionState = 'closed' | 'open' | 'hung';

export interface RawOutcome {
  /** Every byte received, decoded as UTF-8. */
  raw: string;
  /** Status of the first response, or null when none came. */
  status: number | null;
  connection: ConnectionState;
}

/** A harmless request that proves the connection still takes requests. */
export const PROBE_REQUEST = 'GET /users/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';

function firstStatus(raw: string): number | null {
  const match = /^HTTP\/1\.[01] (\d{3}) /.exec(raw);
  return match?.[1] ? Number(match[1]) : null;
}

function completeResponses(raw: string): number {
  let count = 0;
  let from = raw;
  while (from !== '' && count < 10) {
    const response = parseResponse(from);
    if (!response.complete) break;
    count += 1;
    from = response.rest;
  }
  return count;
}

/**
 * Sends `bytes`, waits for a complete response (or the close), then sends `PROBE_REQUEST` to
 * learn whether the connection is still usable. Gives up after `deadlineMs`.
 *
 * @example const outcome = await sendRaw(port, 'GET / HTTP/1.1\r\nHost: a\r\n\r\n');
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-9.6
 */
export function sendRaw(port: number, bytes: string | Uint8Array, deadlineMs = 8_000): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let raw = '';
    let probed = false;
    let settled = false;
    const finish = (connection: ConnectionState) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ raw, status: firstStatus(raw), connection });
    };
    const timer = setTimeout(() => finish('hung'), deadlineMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      raw += chunk;
      const done = completeResponses(raw);
      if (done >= 2) finish('open');
      else if (done === 1 && !probed) {
        probed = true;
        socket.write(PROBE_REQUEST);
      }
    });
    socket.on('close', () => finish('closed'));
    // A reset or a write after the server closed: the server ended the connection.
    socket.on('error', () => finish('closed'));
    socket.write(bytes);
  });
}
