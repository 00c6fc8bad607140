/**
 * The mock REST API on its own port, behind Node's strict HTTP parser and tight limits.
 * Traces of relay requests go to the relay; exchanges of external clients (curl, Python
 * requests) are rebuilt, annotated, and published to the learner's live view.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { parseRequest } from '@teapot/http-message';
import { createMockService, DEFAULT_LIMITS } from '@teapot/mock-api';
import type { Reply, SandboxLimits, Trace } from '@teapot/mock-api';
import { describeExchange } from './exchanges/run-exchange.ts';
import type { Exchange } from './exchanges/run-exchange.ts';
import { captureExchange } from './live/capture.ts';
import { preflight, refuse } from './lib/preflight.ts';
import { onClientError } from './lib/client-error.ts';
import { NodeMockRequest, targetUrl, writeReply } from './lib/node-adapter.ts';
import type { TraceSink } from './relay/trace-store.ts';

export interface MockServerOptions {
  traces: TraceSink;
  /** Receives each external client's annotated exchange and the bearer token it carried. */
  onExternal?: (exchange: Exchange, token: string) => void;
  /** Whether anyone watches this token's live traffic; unwatched traffic is not captured. */
  isWatched?: (token: string) => boolean;
  /** Overrides of `MOCK_SERVER_LIMITS` (tests use short timeouts); unset fields keep the defaults. */
  limits?: Partial<MockServerLimits>;
  /** Overrides of the sandbox limits (idle time, how many at once); unset fields keep the defaults. */
  sandboxes?: Partial<SandboxLimits>;
  /** Answer repeated reads from the read memo (default true); see packages/mock-api's read-memo.ts. */
  readMemo?: boolean;
}

/** Where a request's trace goes: to the relay that sent it, or to a live capture of it. */
interface ExchangeEnv {
  relayPort?: number;
  captured?: { trace: Trace | null };
}

export const MOCK_SERVER_LIMITS = {
  maxHeaderSize: 16 * 1024,
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  socketIdleTimeout: 30_000,
  connectionsCheckingInterval: 1_000,
  maxHeadersCount: 100,
} as const;

export type MockServerLimits = { [K in keyof typeof MOCK_SERVER_LIMITS]: number };

/** The bearer token in an Authorization value, if it holds one. */
function bearer(authorization: string | undefined): string | null {
  if (authorization === undefined) return null;
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] ?? null;
}

export function createMockServer(options: MockServerOptions): Server {
  const limits: MockServerLimits = { ...MOCK_SERVER_LIMITS, ...options.limits };
  const { handle } = createMockService({
    limits: options.sandboxes,
    memo: options.readMemo ?? true,
    onExchange: ({ trace, env }) => {
      const where = env as ExchangeEnv | undefined;
      if (where?.relayPort !== undefined) options.traces.record(where.relayPort, trace);
      else if (where?.captured) where.captured.trace = trace;
    },
  });
  const server = createServer(
    {
      insecureHTTPParser: false,
      maxHeaderSize: limits.maxHeaderSize,
      requestTimeout: limits.requestTimeout,
      headersTimeout: limits.headersTimeout,
      keepAliveTimeout: limits.keepAliveTimeout,
      connectionsCheckingInterval: limits.connectionsCheckingInterval,
    },
    (incoming, outgoing) => {
      const refusal = preflight(incoming, limits.maxHeadersCount);
      if (refusal) {
        incoming.resume();
        refuse(outgoing, refusal, (incoming.url ?? '/').split('?')[0] ?? '/');
        return;
      }
      const port = incoming.socket.remotePort;
      const env: ExchangeEnv = {};
      if (port !== undefined && options.traces.isRelay(port)) env.relayPort = port;
      // Built first: it reads the head once (and starts taking the content), for everyone below.
      const target = targetUrl(incoming.url ?? '/');
      const request = new NodeMockRequest(incoming, 'url' in target ? target.url : '', DEFAULT_LIMITS.maxBodyBytes);
      const token = options.onExternal && env.relayPort === undefined ? bearer(request.header('authorization')) : null;
      if (token && (options.isWatched?.(token) ?? true)) {
        const started = performance.now();
        const slot: { trace: Trace | null } = { trace: null };
        env.captured = slot;
        captureExchange(incoming, outgoing, (captured) => {
          const exchange = describeExchange({
            id: crypto.randomUUID(),
            original: undefined,
            sent: captured.requestRaw,
            bytes: Buffer.byteLength(captured.requestRaw),
            normalizedCount: 0,
            request: parseRequest(captured.requestRaw),
            responseBytes: Buffer.from(captured.responseRaw),
            end: captured.truncated ? 'truncated' : 'complete',
            errorCode: undefined,
            trace: slot.trace,
            timings: { totalMs: performance.now() - started },
          });
          options.onExternal?.(exchange, token);
        });
      }
      if (incoming.url === '*' && incoming.method === 'OPTIONS') {
        // Asks about the server in general (RFC 9110 §9.3.7): nothing to add beyond "it is here".
        outgoing.writeHead(204, { 'X-Content-Type-Options': 'nosniff' }).end();
        return;
      }
      if ('refusal' in target) {
        incoming.resume();
        refuse(outgoing, { status: 400, title: 'Bad Request', detail: target.refusal }, incoming.url ?? '');
        return;
      }
      const send = (reply: Reply) => {
        try {
          // Say "close" when the connection will end after this answer: the content was cut, or
          // the client has already half-closed its side.
          writeReply(outgoing, reply, request.cut || incoming.socket.readableEnded);
        } catch {
          // A header value Node will not send (a learner's bytes echoed into Location, say).
          if (outgoing.headersSent) outgoing.destroy();
          else refuse(outgoing, { status: 500, title: 'Internal Server Error', detail: 'The server built a response it could not send.' }, incoming.url ?? '');
        }
      };
      // Most answers are ready at once (nothing to read or wait for) and go out in this tick.
      const reply = handle(request, env);
      if (reply instanceof Promise) void reply.then(send);
      else send(reply);
    },
  );
  // One more than the limit, so preflight can tell "too many" from "exactly the limit".
  server.maxHeadersCount = limits.maxHeadersCount + 1;
  // The relay half-closes after its one request (and so may any client, as `nc -N` does). Node's
  // default then drops the request and ends the connection; an answer that takes its time
  // (/delays, a slow handler) would be lost. Half-open, the answer is sent, then the connection ends.
  (server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  server.on('clientError', onClientError);
  // The relay waits for a trace until this says none is coming (Node's parser answered alone).
  server.on('connection', (socket: Socket) => {
    const port = socket.remotePort;
    // Told at close, whoever it was: the sink knows its relays' ports (marked once connected,
    // which may be after this) and ignores the rest.
    if (port !== undefined) socket.once('close', () => options.traces.over(port));
  });
  server.setTimeout(limits.socketIdleTimeout);
  return server;
}
