/**
 * Writes one request's bytes to the mock API over a real TCP socket and collects every
 * byte that comes back. The destination is fixed by the caller (never by a Host header).
 * The socket is half-closed after writing, so the server sees exactly one message.
 */
import net from 'node:net';

export interface RelayLimits {
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxResponseBytes: number;
}

export interface RelayTarget {
  host: string;
  port: number;
}

export type RelayEnd = 'closed' | 'complete' | 'truncated' | 'timeout' | 'connect-timeout' | 'error';

export interface RelayResult {
  bytes: Buffer;
  /** How the read ended. Bytes received before a timeout or an error are kept. */
  end: RelayEnd;
  errorCode?: string;
  /** The relay socket's local port: the mock API sees it as the remote port. */
  localPort?: number;
  connectMs?: number;
  totalMs: number;
}

export interface SendRawOptions {
  target: RelayTarget;
  limits: RelayLimits;
  /** Called with everything read so far; true stops reading early (framing says done). */
  isComplete?: (received: Buffer) => boolean;
  /** Called once the socket knows its local port, before any byte is written. */
  onConnect?: (localPort: number) => void;
}

export function sendRaw(payload: Uint8Array, options: SendRawOptions): Promise<RelayResult> {
  const { target, limits } = options;
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Everything read so far as one buffer; chunks are joined only when more than one came.
    const received = (): Buffer => {
      if (chunks.length > 1) chunks.splice(0, chunks.length, Buffer.concat(chunks, size));
      return chunks[0] ?? Buffer.alloc(0);
    };
    let settled = false;
    let connectMs: number | undefined;
    let localPort: number | undefined;
    const socket = net.connect({ host: target.host, port: target.port, allowHalfOpen: true });

    const finish = (end: RelayEnd, errorCode?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      socket.destroy();
      resolve({
        bytes: received(),
        end,
        ...(errorCode ? { errorCode } : {}),
        ...(localPort !== undefined ? { localPort } : {}),
        ...(connectMs !== undefined ? { connectMs } : {}),
        totalMs: performance.now() - started,
      });
    };

    const connectTimer = setTimeout(() => finish('connect-timeout', 'ETIMEDOUT'), limits.connectTimeoutMs);
    const totalTimer = setTimeout(() => finish('timeout', 'ETIMEDOUT'), limits.totalTimeoutMs);

    socket.once('connect', () => {
      clearTimeout(connectTimer);
      connectMs = performance.now() - started;
      localPort = socket.localPort;
      if (localPort !== undefined) options.onConnect?.(localPort);
      socket.end(payload);
    });
    socket.on('data', (chunk: Buffer) => {
      const room = limits.maxResponseBytes - size;
      if (chunk.length > room) {
        if (room > 0) {
          chunks.push(chunk.subarray(0, room));
          size += room;
        }
        finish('truncated');
        return;
      }
      chunks.push(chunk);
      size += chunk.length;
      if (options.isComplete?.(received())) finish('complete');
    });
    socket.once('end', () => finish('closed'));
    socket.once('close', () => finish('closed'));
    socket.once('error', (err: NodeJS.ErrnoException) => finish('error', err.code ?? 'EIO'));
  });
}
