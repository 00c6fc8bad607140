/**
 * Stops DNS rebinding (a foreign name resolving to this machine) by checking Host against
 * the names this server is really reached by, and refuses cross-site writes to the API.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-7.2
 * @see https://fetch.spec.whatwg.org/#http-origin
 */
import { networkInterfaces } from 'node:os';
import type { MiddlewareHandler } from 'hono';
import { PlaygroundError } from './problem.ts';

export interface HostGuardOptions {
  /** Extra host names (without port) to accept, e.g. a classroom machine's DNS name. */
  allowedHosts?: string[];
}

function localNames(): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) names.add(a.family === 'IPv6' ? `[${a.address}]` : a.address);
  }
  return names;
}

/** The host part of a Host header value, lowercased, without the port. */
export function hostName(value: string): string {
  const v = value.trim().toLowerCase();
  if (v.startsWith('[')) return v.slice(0, v.indexOf(']') + 1);
  return v.split(':')[0] ?? '';
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function hostGuard(options: HostGuardOptions = {}): MiddlewareHandler {
  const allowed = localNames();
  for (const h of options.allowedHosts ?? []) allowed.add(h.toLowerCase());
  return async function hostGuardMiddleware(c, next) {
    const host = c.req.header('host');
    if (host !== undefined && !allowed.has(hostName(host)) && !hostName(host).endsWith('.localhost')) {
      throw new PlaygroundError({
        status: 403,
        code: 'host-not-allowed',
        title: 'Host not allowed',
        detail: `This Teapot does not answer to "${hostName(host)}". A teacher can allow it with ALLOWED_HOSTS.`,
      });
    }
    if (!SAFE.has(c.req.method) && c.req.path.startsWith('/api/')) {
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      const crossOrigin = origin !== undefined && origin !== 'null' && host !== undefined && new URL(origin).host !== host;
      if (site === 'cross-site' || crossOrigin || origin === 'null') {
        throw new PlaygroundError({
          status: 403,
          code: 'cross-site-write',
          title: 'Cross-site request refused',
          detail: 'The playground API only accepts writes from its own pages.',
        });
      }
    }
    await next();
  };
}
