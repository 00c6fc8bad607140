import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createPlaygroundApp } from './app.ts';
import type { PlaygroundOptions } from './app.ts';

export function createPlaygroundServer(options: PlaygroundOptions): Server {
  const app = createPlaygroundApp(options);
  return createServer(
    { requestTimeout: 30_000, headersTimeout: 10_000, connectionsCheckingInterval: 1_000 },
    getRequestListener(app.fetch),
  );
}
