/**
 * Test helper: Node's own HTTP/1.1 parser as a judge. A plain `node:http` server with default
 * (strict) options, whose handler answers 200 once the whole request has arrived. The bytes
 * go over a real loopback socket, then the client half-closes, so an incomplete message is
 * refused (400) instead of waited for.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { parseResponse } from '@teapot/http-message';

/** `accepted`: the handler saw the whole request. `refused`: Node answered 4xx/5xx itself. */
export type NodeVerdict = 'accepted' | 'refused' | 'dropped' | 'hung';

export interface NodeJudge {
  judge(text: string): Promise<{ verdict: NodeVerdict; status: number | null }>;
  close(): Promise<void>;
}

function ask(port: number, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port, allowHalfOpen: true });
    let raw = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(`${raw}\0hung`);
    }, 5_000);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (raw += chunk));
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(raw);
    };
    socket.on('close', done);
    socket.on('error', done);
    socket.end(text);
  });
}

/**
 * Starts the judge on an ephemeral loopback port.
 *
 * @example const node = await startNodeJudge(); (await node.judge(raw)).verdict // 'accepted'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
export async function startNodeJudge(): Promise<NodeJudge> {
  const server = createServer((req, res) => {
    req.on('error', () => undefined);
    req.resume();
    req.on('end', () => res.writeHead(200, { 'X-Judge': 'reached' }).end());
  });
  // CONNECT and Upgrade bypass the 'request' event; answer them the same way.
  server.on('connect', (_req, socket: net.Socket) =>
    socket.end('HTTP/1.1 200 OK\r\nX-Judge: reached\r\n\r\n'),
  );
  server.on('upgrade', (_req, socket: net.Socket) =>
    socket.end('HTTP/1.1 200 OK\r\nX-Judge: reached\r\n\r\n'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    async judge(text) {
      const raw = await ask(port, text);
      if (raw.endsWith('\0hung')) return { verdict: 'hung', status: null };
      if (raw === '') return { verdict: 'dropped', status: null };
      const response = parseResponse(raw, { closed: true });
      const status = response.statusLine?.status ?? null;
      const reached = status === 200 && response.headers.some((h) => h.name === 'X-Judge');
      return { verdict: reached ? 'accepted' : 'refused', status };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
