/**
 * Test helpers: clients that hold a connection open by being slow. A slowloris trickles its
 * head one byte at a time, a slow body trickles the content, and a slow reader asks for large
 * responses and never reads them. Each reports when the server cut it off.
 */
import net from 'node:net';
import type { Server } from 'node:http';

export interface CutOff {
  /** From the moment the timeout could start running to the moment the server closed. */
  afterMs: number;
  /** Status of the response the server sent before closing, if any. */
  status: number | null;
}

const TRICKLE_MS = 50;
/** No test should need more; a client still open by then was never cut off. */
const GIVE_UP_MS = 10_000;

/** Sends `head`, then one byte of `drip` every 50 ms until the server closes. */
function trickle(port: number, head: string, drip: string): Promise<CutOff> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let started = 0;
    let raw = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`still open after ${GIVE_UP_MS} ms`));
    }, GIVE_UP_MS);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (raw += chunk));
    socket.once('connect', () => {
      started = performance.now();
      socket.write(head);
      timer = setInterval(() => socket.write(drip.charAt(sent++ % drip.length)), TRICKLE_MS);
    });
    const done = () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(raw)?.[1];
      resolve({ afterMs: performance.now() - started, status: status ? Number(status) : null });
    };
    socket.once('close', done);
    socket.on('error', () => undefined);
  });
}

/**
 * A slowloris: the head never ends, one byte every 50 ms. Node's headersTimeout applies,
 * counted from the connection.
 *
 * @example const { afterMs } = await slowloris(port)
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-9.5
 */
export function slowloris(port: number): Promise<CutOff> {
  return trickle(port, 'GET /users HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', 'slowloris');
}

/**
 * A slow body: a complete head promising 1,000 bytes, then one byte every 50 ms. Node's
 * requestTimeout applies, counted from the connection.
 *
 * @example const { afterMs } = await slowBody(port, token)
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-9.5
 */
export function slowBody(port: number, token: string): Promise<CutOff> {
  const head = `POST /users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`;
  return trickle(port, head, '{"name":"slow","email":"slow@example.com"}');
}

/**
 * A slow reader: pipelines requests for a large document and never reads a byte. Once the
 * socket buffers are full the server can make no progress, and its idle timeout applies,
 * counted from its last progress (bytes handed to the kernel), seen on the server's socket.
 *
 * @example const { afterMs } = await slowReader(server, port)
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-9.5
 */
export function slowReader(server: Server, port: number): Promise<CutOff> {
  return new Promise((resolve, reject) => {
    const client = net.connect({ host: '127.0.0.1', port });
    client.pause();
    const giveUp = setTimeout(() => {
      client.destroy();
      reject(new Error(`still open after ${GIVE_UP_MS} ms`));
    }, GIVE_UP_MS);
    const watch = (socket: net.Socket) => {
      server.off('connection', onConnection);
      let flushed = -1;
      let progressAt = performance.now();
      const poll = setInterval(() => {
        const now = socket.bytesWritten - socket.writableLength;
        if (now !== flushed) {
          flushed = now;
          progressAt = performance.now();
        }
      }, 20);
      socket.once('close', () => {
        clearInterval(poll);
        clearTimeout(giveUp);
        client.destroy();
        resolve({ afterMs: performance.now() - progressAt, status: null });
      });
    };
    // The server may see the connection before the client knows its own port: keep both sides.
    const early = new Map<number | undefined, net.Socket>();
    let mine: number | undefined;
    const onConnection = (socket: net.Socket) => {
      if (mine === undefined) early.set(socket.remotePort, socket);
      else if (socket.remotePort === mine) watch(socket);
    };
    server.on('connection', onConnection);
    client.once('connect', () => {
      mine = client.localPort;
      const socket = early.get(mine);
      if (socket) watch(socket);
    });
    client.write('GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'.repeat(60));
  });
}
