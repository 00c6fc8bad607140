/**
 * `/users/{id}`: a document. GET (JSON or CSV) with a strong ETag and Last-Modified; PUT
 * replaces it, PATCH merges into it (JSON Merge Patch), DELETE removes it.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4
 */
import { z } from '@hono/zod-openapi';
import type { UserRow } from '../../data/rows.ts';
import type { Flow } from '../../flow/flow.ts';
import { ensureRoom, noConflict, stamp } from '../../flow/guards.ts';
import { changed, found, noContent } from '../../flow/outcomes.ts';
import { checkPreconditions } from '../../flow/preconditions.ts';
import { currentOf, json, represent, render } from '../../flow/respond.ts';
import { words } from '../../flow/trace.ts';
import { inputForPatch, inputForPut } from '../../flow/write-input.ts';
import { formatHttpDate, toSecond, isoToMs } from '../../http/http-date.ts';
import { defineResource } from '../define.ts';
import {
  emailClash,
  emailFree,
  emailOwner,
  UserInput,
  UserSchema,
  userVariants,
  userView,
} from './user-model.ts';

function load(f: Flow): UserRow {
  const id = f.param('id');
  const user = /^[1-9]\d{0,9}$/.test(id) ? f.world.get('users', id) : undefined;
  const detail = /^[1-9]\d{0,9}$/.test(id)
    ? undefined
    : `"${id}" is not a user id: user ids are positive integers, e.g. /users/1.`;
  return found(f, user, words(`user ${id}`, `사용자 ${id}`), detail);
}

function loadCurrent(f: Flow): UserRow {
  const user = load(f);
  checkPreconditions(f, currentOf(f, userVariants(user), isoToMs(user.updatedAt), user));
  return user;
}

function save(f: Flow, user: UserRow, input: UserInput): UserRow {
  noConflict(
    f,
    emailClash(emailOwner(f.world.list('users'), input.email, user.id), input.email),
    emailFree(input.email),
  );
  const next: UserRow = { ...user, name: input.name, email: input.email, updatedAt: stamp(f) };
  ensureRoom(f, 'users', String(user.id), next);
  f.world.put('users', String(user.id), next);
  return next;
}

export const userDocument = defineResource({
  path: '/users/{id}',
  archetype: 'document',
  tag: 'users',
  description: 'One user.',
  example: '/users/1',
  params: z.object({ id: z.string().openapi({ description: 'Integer user id', example: '1' }) }),
  representations: ['json', 'csv'],
  cache: 'data',
  operations: {
    GET: {
      summary: 'Read a user',
      access: 'public',
      statuses: [200, 304, 404, 412],
      responseSchema: UserSchema,
      handler(f) {
        const user = load(f);
        return represent(f, userVariants(user), { lastModified: isoToMs(user.updatedAt), cacheKey: user });
      },
    },
    PUT: {
      summary: 'Replace a user',
      description:
        'Send the whole user. Read-only members (id, createdAt, updatedAt, links) are ignored. Users are created with POST /users, so PUT never creates one.',
      access: 'editor',
      body: { types: ['application/json'], required: true, schema: UserInput },
      statuses: [200, 400, 404, 409, 412, 422, 507],
      responseSchema: UserSchema,
      handler(f) {
        const user = loadCurrent(f);
        const input = inputForPut(f, UserInput, { id: user.id });
        return changed(f, userView(save(f, user, input)));
      },
    },
    PATCH: {
      summary: 'Change some fields of a user',
      description:
        'A JSON Merge Patch (RFC 7396): members replace, null removes. application/json is read the same way.',
      access: 'editor',
      body: {
        types: ['application/merge-patch+json', 'application/json'],
        required: true,
        schema: UserInput.partial(),
      },
      statuses: [200, 400, 404, 409, 412, 422, 507],
      responseSchema: UserSchema,
      handler(f) {
        const user = loadCurrent(f);
        const input = inputForPatch(f, UserInput, { name: user.name, email: user.email });
        const next = save(f, user, input);
        const etag = render({ json: () => json(userView(next)) }, 'json').etag;
        return changed(f, userView(next), {
          ETag: `"${etag}"`,
          'Last-Modified': formatHttpDate(toSecond(isoToMs(next.updatedAt))),
        });
      },
    },
    DELETE: {
      summary: 'Delete a user',
      access: 'editor',
      statuses: [204, 404, 412, 507],
      handler(f) {
        const user = loadCurrent(f);
        ensureRoom(f, 'users', String(user.id), null);
        f.world.remove('users', String(user.id));
        return noContent(f, 'delete-enacted', words(`user ${user.id} deleted`, `사용자 ${user.id} 삭제됨`));
      },
    },
  },
});
