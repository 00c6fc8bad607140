/**
 * Resources that live elsewhere. `/members` was renamed `/users` for good: 301 Moved
 * Permanently, cacheable, and clients should update their links. `/tickets` is handled by
 * `/box-office/tickets` for the time being: 307 Temporary Redirect, so the client repeats the
 * same request there (same method, same content) and keeps using `/tickets` later.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8
 */
import { z } from '@hono/zod-openapi';
import type { Flow } from '../flow/flow.ts';
import { redirect } from '../flow/outcomes.ts';
import { searchOf } from '../flow/request.ts';
import { words } from '../flow/trace.ts';
import { defineResource } from './define.ts';
import type { OpMethod, Operation, ResourceDef } from './define.ts';

type Target = (f: Flow) => string;

function redirecting(
  methods: readonly OpMethod[],
  summary: string,
  status: 301 | 307,
  target: Target,
): Partial<Record<OpMethod, Operation>> {
  const permanent = status === 301;
  const op: Operation = {
    summary,
    access: 'public',
    produces: [],
    statuses: [status],
    handler(f) {
      const location = target(f);
      const query = searchOf(f.req.url);
      if (permanent) {
        return redirect(
          f,
          'moved-permanently',
          false,
          301,
          location + query,
          'Moved for good: use the new URI from now on.',
          {
            'Cache-Control': 'public, max-age=86400',
          },
        );
      }
      const fact = words(`${f.path} has not moved for good`, `${f.path}: 영구 이동 아님`);
      f.pass('moved-permanently', fact, { resource: f.path });
      return redirect(
        f,
        'moved-temporarily',
        false,
        307,
        location + query,
        'Served elsewhere for now: repeat the same request (same method, same content) at Location, and keep using this URI.',
        {
          'Cache-Control': 'no-store',
        },
      );
    },
  };
  return Object.fromEntries(methods.map((m) => [m, op]));
}

function moved(
  path: `/${string}`,
  example: string,
  methods: readonly OpMethod[],
  status: 301 | 307,
  target: Target,
  params?: z.ZodObject,
): ResourceDef {
  const where = status === 301 ? 'Moved permanently' : 'Temporarily relocated';
  return defineResource({
    path,
    archetype: 'redirect',
    tag: status === 301 ? 'users' : 'tickets',
    description: `${where}: every method answers ${status} with Location.`,
    example,
    ...(params ? { params } : {}),
    cache: 'no-store',
    operations: redirecting(methods, `${where} (${status})`, status, target),
  });
}

const id = z.object({ id: z.string().openapi({ example: '1' }) });
const ticket = z.object({ ticket: z.string().openapi({ example: '1' }) });

export const movedResources: readonly ResourceDef[] = [
  moved('/members', '/members', ['GET', 'POST'], 301, () => '/users'),
  moved(
    '/members/{id}',
    '/members/1',
    ['GET', 'PUT', 'PATCH', 'DELETE'],
    301,
    (f) => `/users/${f.param('id')}`,
    id,
  ),
  moved('/tickets', '/tickets', ['GET', 'POST'], 307, () => '/box-office/tickets'),
  moved(
    '/tickets/{ticket}',
    '/tickets/1',
    ['GET', 'DELETE'],
    307,
    (f) => `/box-office/tickets/${f.param('ticket')}`,
    ticket,
  ),
];
