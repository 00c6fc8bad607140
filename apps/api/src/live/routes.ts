/**
 * GET /api/live?token=...: Server-Sent Events with the annotated exchanges that external
 * clients (curl, Python requests) made with this token.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#server-sent-events
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { PlaygroundError } from '../lib/problem.ts';
import type { LiveHub } from './live-hub.ts';

export function liveRoutes(hub: LiveHub) {
  const app = new Hono();
  app.get('/', (c) => {
    const token = c.req.query('token')?.trim();
    if (!token) {
      throw new PlaygroundError({
        status: 400,
        code: 'live-token-missing',
        title: 'Token required',
        detail: 'Get a token with POST /tokens on the mock API, then open /api/live?token=<token>.',
      });
    }
    return streamSSE(c, async (stream) => {
      const queue: { event: string; data: string }[] = [];
      let wake: (() => void) | null = null;
      let open = true;
      const unsubscribe = hub.subscribe(token, {
        send: (event, data) => {
          queue.push({ event, data });
          wake?.();
        },
        close: () => {
          open = false;
          wake?.();
        },
      });
      if (!unsubscribe) {
        await stream.writeSSE({ event: 'full', data: 'The live view is full; try again later.' });
        return;
      }
      stream.onAbort(() => {
        open = false;
        unsubscribe();
        wake?.();
      });
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (open) {
        while (queue.length > 0) {
          const next = queue.shift();
          if (next) await stream.writeSSE(next);
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 15_000);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
        if (open && queue.length === 0) await stream.writeSSE({ event: 'ping', data: '' });
      }
      unsubscribe();
    });
  });
  return app;
}
