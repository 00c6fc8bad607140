import { Hono } from 'hono';

/** Read-only knowledge base resources (status codes, methods, headers). */
export function knowledgeRoutes() {
  const app = new Hono();
  return app;
}
