/** Test helper: a real mock API server on an ephemeral loopback port, and the playground app in front of it. */
import type { AddressInfo } from 'node:net';
import { createPlaygroundApp } from './app.ts';
import { createMockServer } from './mock-server.ts';
import type { MockServerOptions } from './mock-server.ts';
import { TraceStore } from './relay/trace-store.ts';
import { LiveHub } from './live/live-hub.ts';
import type { RateLimitOptions } from './lib/rate-limit.ts';

export async function startTestServers(options: Partial<MockServerOptions> = {}, rateLimit: RateLimitOptions | false = false) {
  const traces = new TraceStore();
  const live = new LiveHub();
  const mock = createMockServer({
    traces,
    onExternal: (exchange, token) => live.publish(token, JSON.stringify(exchange)),
    isWatched: (token) => live.isWatched(token),
    ...options,
  });
  await new Promise<void>((resolve) => mock.listen(0, '127.0.0.1', resolve));
  const port = (mock.address() as AddressInfo).port;
  const app = createPlaygroundApp({ traces, live, rateLimit, target: { host: '127.0.0.1', port } });
  const exchange = async (raw: string) => {
    const res = await app.request('/api/exchanges', {
      method: 'POST',
      headers: { 'Content-Type': 'message/http' },
      body: raw,
    });
    return { res, body: (await res.json()) as Record<string, unknown> & { response: { raw: string; status: number } } };
  };
  const close = () =>
    new Promise<void>((resolve) => {
      mock.closeAllConnections();
      mock.close(() => resolve());
    });
  return { app, mock, port, traces, live, exchange, close };
}
