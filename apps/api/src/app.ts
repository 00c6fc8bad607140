/**
 * The playground app: the playground API under /api and the UI's static build.
 */
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { exchangeRoutes } from './exchanges/routes.ts';
import type { ExchangeRoutesOptions } from './exchanges/routes.ts';
import { knowledgeRoutes } from './knowledge/routes.ts';
import { liveRoutes } from './live/routes.ts';
import type { LiveHub } from './live/live-hub.ts';
import { PlaygroundError, problemResponse } from './lib/problem.ts';
import { securityHeaders } from './lib/security-headers.ts';
import { hostGuard } from './lib/host-guard.ts';
import { classroomRoutes } from './lib/classroom.ts';
import type { ClassroomOptions } from './lib/classroom.ts';

export interface PlaygroundOptions extends ExchangeRoutesOptions {
  /** Absolute path of the UI's production build; omitted in API-only tests. */
  webDist?: string;
  live?: LiveHub;
  allowedHosts?: string[];
  /** Where the server listens, for the student links of GET /api/classroom. */
  listen?: ClassroomOptions;
}

export function createPlaygroundApp(options: PlaygroundOptions) {
  const app = new Hono();
  app.use(securityHeaders());
  app.use(hostGuard({ allowedHosts: options.allowedHosts ?? [] }));

  app.get('/api/health', (c) =>
    c.json({
      ok: true,
      mockPort: options.target.port,
      // Which of the playground's threads answered, and how many there are (a word each).
      thread: options.shared?.thread ?? 1,
      threads: options.shared?.inFlight.length ?? 1,
    }),
  );
  app.route('/api/exchanges', exchangeRoutes(options));
  app.route('/api', knowledgeRoutes());
  if (options.live) app.route('/api/live', liveRoutes(options.live));
  app.route('/api/classroom', classroomRoutes(options.listen ?? { host: '127.0.0.1', port: 8080 }));

  app.all('/api/*', () => {
    throw new PlaygroundError({
      status: 404,
      code: 'api-not-found',
      title: 'Not Found',
      detail: 'There is no playground API resource at this path.',
    });
  });

  if (options.webDist) {
    const root = options.webDist;
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root }));
    // Client-side routes (/, /embed, /lessons/...) all load the SPA shell.
    app.get('*', serveStatic({ root, path: 'index.html' }));
  }

  app.onError((err, c) => {
    if (err instanceof PlaygroundError) return problemResponse(c, err.problem);
    console.error(err);
    return problemResponse(c, {
      status: 500,
      code: 'internal',
      title: 'Internal Server Error',
      detail: 'The playground failed on its own side. Your request text is still in the editor.',
    });
  });
  app.notFound((c) =>
    problemResponse(c, { status: 404, code: 'not-found', title: 'Not Found', detail: 'Nothing here.' }),
  );
  return app;
}
