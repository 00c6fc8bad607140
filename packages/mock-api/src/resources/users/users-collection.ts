/**
 * `/users`: a collection (server-managed directory). GET pages through it, as JSON or CSV;
 * POST adds a user, and the server picks the id.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.3.3
 */
import { z } from '@hono/zod-openapi';
import { ensureRoom, noConflict, stamp } from '../../flow/guards.ts';
import { created } from '../../flow/outcomes.ts';
import { paginate, PageQuery, readPaging } from '../../flow/paging.ts';
import { json, represent } from '../../flow/respond.ts';
import { words } from '../../flow/trace.ts';
import { inputForPut } from '../../flow/write-input.ts';
import type { UserRow } from '../../data/rows.ts';
import { defineResource } from '../define.ts';
import {
  emailClash,
  emailFree,
  emailOwner,
  UserInput,
  UserSchema,
  userView,
  usersCsv,
} from './user-model.ts';

export const usersCollection = defineResource({
  path: '/users',
  archetype: 'collection',
  tag: 'users',
  description: 'All users, paged. The server assigns integer ids.',
  example: '/users',
  representations: ['json', 'csv'],
  cache: 'data',
  operations: {
    GET: {
      summary: 'List users, one page at a time',
      description:
        'Link gives first/prev/next/last pages and X-Total-Count the total. Accept: text/csv gives CSV.',
      access: 'public',
      query: PageQuery,
      statuses: [200, 304, 400, 412],
      responseSchema: z.object({
        items: z.array(UserSchema),
        total: z.number(),
        page: z.number(),
        limit: z.number(),
      }),
      handler(f) {
        const paging = readPaging(f);
        const all = f.world.list('users');
        const { items, page, headers } = paginate('/users', all, paging);
        const fact = words(`collection of ${all.length} users`, `사용자 컬렉션 (${all.length}명)`);
        f.pass('resource-exists', fact, { resource: f.path, sandbox: f.sandboxName });
        return represent(
          f,
          { json: () => json({ items: items.map(userView), ...page }), csv: () => usersCsv(items) },
          { headers },
        );
      },
    },
    POST: {
      summary: 'Add a user',
      description: 'The new user gets the next free id. Emails are unique (409 on a duplicate).',
      access: 'editor',
      body: { types: ['application/json'], required: true, schema: UserInput },
      statuses: [201, 400, 409, 422, 507],
      responseSchema: UserSchema,
      handler(f) {
        const input = inputForPut(f, UserInput);
        noConflict(
          f,
          emailClash(emailOwner(f.world.list('users'), input.email), input.email),
          emailFree(input.email),
        );
        const now = stamp(f);
        const id = f.world.nextId('users');
        const user: UserRow = { id, name: input.name, email: input.email, createdAt: now, updatedAt: now };
        ensureRoom(f, 'users', String(id), user);
        f.world.put('users', String(id), user);
        f.world.put('stores', String(id), { userId: id, createdAt: now, updatedAt: now });
        return created(f, `/users/${id}`, userView(user));
      },
    },
  },
});
