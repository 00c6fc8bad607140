/**
 * The playground's own failures as RFC 9457 problem details: one place for the wire format.
 * @see https://www.rfc-editor.org/rfc/rfc9457#section-3
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface PlaygroundProblem {
  status: ContentfulStatusCode;
  /** Stable slug: the `type` URI ends with it, and the UI keys its en/ko text on it. */
  code: string;
  title: string;
  detail: string;
  headers?: Record<string, string>;
  extra?: Record<string, unknown>;
}

export class PlaygroundError extends Error {
  constructor(readonly problem: PlaygroundProblem) {
    super(problem.detail);
  }
}

export function problemResponse(c: Context, p: PlaygroundProblem): Response {
  const body = {
    type: `https://teapot.dev/problems/${p.code}`,
    title: p.title,
    status: p.status,
    detail: p.detail,
    instance: new URL(c.req.url).pathname,
    code: p.code,
    ...p.extra,
  };
  return c.body(JSON.stringify(body), p.status, {
    'Content-Type': 'application/problem+json',
    ...p.headers,
  });
}
