/**
 * What the mock server does when Node's parser rejects bytes on a connection. It answers as
 * Node would (400, 408, 413, 431), except for bytes that arrive after a request that said
 * `Connection: close`: those are ignored, so the response to that request is not lost
 * (RFC 9112 §9.6: a server stops reading after such a request).
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-9.6
 */
import type { Socket } from 'node:net';

const RESPONSES: Record<string, string> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: '413 Payload Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

export function onClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'HPE_CLOSED_CONNECTION') {
    // The pending response is still being written; Node ends the connection after it.
    socket.pause();
    setTimeout(() => socket.destroy(), 5_000).unref();
    return;
  }
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  if (socket.bytesWritten === 0) {
    const status = RESPONSES[err.code ?? ''] ?? '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
  } else {
    socket.destroy();
  }
}
