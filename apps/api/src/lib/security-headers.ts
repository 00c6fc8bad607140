/**
 * Browser safety for the playground's own pages and API. Only /embed may be framed,
 * so tutorial authors can put a playground in an iframe.
 * @see https://www.w3.org/TR/CSP3/#directive-frame-ancestors
 */
import type { MiddlewareHandler } from 'hono';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export function securityHeaders(): MiddlewareHandler {
  return async function securityHeadersMiddleware(c, next) {
    // Set before the handler runs, so they go into the response as it is built: changing
    // the headers of a finished response would force the adapter off its fast path.
    const embeddable = c.req.path === '/embed' || c.req.path.startsWith('/embed/');
    c.header('Content-Security-Policy', `${CSP}; frame-ancestors ${embeddable ? '*' : "'self'"}`);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!embeddable) c.header('X-Frame-Options', 'SAMEORIGIN');
    await next();
  };
}
