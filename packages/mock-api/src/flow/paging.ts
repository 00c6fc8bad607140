/**
 * query-valid (400) for paged collections: `page` (from 1) and `limit` (1 to 50).
 * The query is part of the URI, not content, so a bad value is 400, not 422.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1
 */
import { z } from '@hono/zod-openapi';
import { pageLinks } from '../http/link.ts';
import type { Page } from '../http/link.ts';
import type { Flow } from './flow.ts';
import { words } from './trace.ts';

export const MAX_LIMIT = 50;
export const DEFAULT_LIMIT = 10;

export const PageQuery = z.object({
  page: z.string().optional().openapi({ description: 'Page number, from 1.', example: '1' }),
  limit: z
    .string()
    .optional()
    .openapi({ description: `Items per page, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`, example: '10' }),
});

function readInt(f: Flow, name: string, fallback: number, max: number): number {
  const value = f.query(name);
  if (value === undefined) return fallback;
  if (/^[1-9]\d{0,6}$/.test(value) && Number(value) <= max) return Number(value);
  const whole = max === Number.MAX_SAFE_INTEGER;
  const want = whole ? 'a whole number from 1' : `a whole number from 1 to ${max}`;
  const wantKo = whole ? '1 이상의 정수' : `1~${max} 사이의 정수`;
  return f.refuse(
    'query-valid',
    words(`${name}=${value} is not ${want}`, `${name}=${value}: ${wantKo} 아님`),
    { parameter: name, value, error: want },
    {
      code: 'invalid-query',
      detail: `The query parameter ${name}=${value} must be ${want}.`,
      extensions: { errors: [{ parameter: name, detail: `must be ${want}` }] },
    },
  );
}

/**
 * Reads `page` and `limit` from the query.
 * @example const { page, limit } = readPaging(flow)
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.4
 */
export function readPaging(f: Flow): { page: number; limit: number } {
  const page = readInt(f, 'page', 1, Number.MAX_SAFE_INTEGER);
  const limit = readInt(f, 'limit', DEFAULT_LIMIT, MAX_LIMIT);
  f.pass('query-valid', `page=${page}, limit=${limit}`, {
    parameter: 'page,limit',
    value: `${page},${limit}`,
  });
  return { page, limit };
}

/**
 * Slices one page and the headers that describe it: Link (first, prev, next, last) and the total.
 * @example const { items, headers } = paginate('/users', users, { page: 1, limit: 10 })
 * @see https://www.rfc-editor.org/rfc/rfc8288#section-3
 */
export function paginate<T>(path: string, all: readonly T[], paging: { page: number; limit: number }) {
  const page: Page = { ...paging, total: all.length };
  const start = (paging.page - 1) * paging.limit;
  return {
    items: all.slice(start, start + paging.limit),
    page,
    headers: { Link: pageLinks(path, page), 'X-Total-Count': String(all.length) },
  };
}
