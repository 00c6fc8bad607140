/**
 * The mock REST API on its own port, behind Node's strict HTTP parser and tight limits.
 * Traces of relay requests go to the relay; traces of external clients feed live traffic.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createMockApi } from '@teapot/mock-api';
import type { Trace } from '@teapot/mock-api';
import type { TraceStore } from './relay/trace-store.ts';

export interface MockServerOptions {
  traces: TraceStore;
  /** Called for requests from clients other than the relay (curl, Python requests). */
  onExternal?: (info: { trace: Trace; request: Request; response: Response; incoming: IncomingMessage }) => void;
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

export function createMockServer(options: MockServerOptions): Server {
  const app = createMockApi({
    onExchange: ({ trace, request, response, env }) => {
      const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming;
      const port = incoming?.socket.remotePort;
      if (options.traces.isRelay(port) && port !== undefined) options.traces.record(port, trace);
      else if (incoming) options.onExternal?.({ trace, request, response, incoming });
    },
  });
  const server = createServer(
    {
      insecureHTTPParser: false,
      maxHeaderSize: MOCK_SERVER_LIMITS.maxHeaderSize,
      requestTimeout: MOCK_SERVER_LIMITS.requestTimeout,
      headersTimeout: MOCK_SERVER_LIMITS.headersTimeout,
      keepAliveTimeout: MOCK_SERVER_LIMITS.keepAliveTimeout,
      connectionsCheckingInterval: MOCK_SERVER_LIMITS.connectionsCheckingInterval,
    },
    getRequestListener(app.fetch),
  );
  server.maxHeadersCount = MOCK_SERVER_LIMITS.maxHeadersCount;
  server.setTimeout(MOCK_SERVER_LIMITS.socketIdleTimeout);
  return server;
}
