/**
 * `/users/{id}/favorites/{name}`: a document in a store. PUT puts it at the URI the client
 * chose: 201 the first time, 204 when it replaces one. `If-None-Match: *` makes a PUT
 * create-only.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4
 */
import { z } from '@hono/zod-openapi';
import type { FavoriteRow } from '../../data/rows.ts';
import type { Flow } from '../../flow/flow.ts';
import { ensureRoom, stamp } from '../../flow/guards.ts';
import { refuseInvalid } from '../../flow/json-body.ts';
import { created, found, noContent } from '../../flow/outcomes.ts';
import { checkPreconditions } from '../../flow/preconditions.ts';
import { currentOf, json, represent } from '../../flow/respond.ts';
import { words } from '../../flow/trace.ts';
import { inputForPut } from '../../flow/write-input.ts';
import { defineResource } from '../define.ts';
import { isoToMs } from '../../http/http-date.ts';
import {
  FavoriteInput,
  FavoriteSchema,
  favoriteView,
  loadStore,
  NAME,
  playerExists,
} from './favorite-model.ts';

function variants(row: FavoriteRow) {
  return { json: () => json(favoriteView(row)) };
}

function nameOf(f: Flow): string {
  const name = f.param('name');
  if (name.length > 40 || !NAME.test(name)) {
    found(
      f,
      undefined,
      words(`favorite "${name}"`, `즐겨찾기 "${name}"`),
      `"${name}" is not a favorite name: use lowercase words joined by hyphens, at most 40 characters.`,
    );
  }
  return name;
}

function load(f: Flow): { userId: number; name: string; row: FavoriteRow } {
  const userId = loadStore(f);
  const name = nameOf(f);
  const row = found(
    f,
    f.world.get('favorites', `${userId}/${name}`),
    words(`favorite ${name}`, `즐겨찾기 ${name}`),
  );
  return { userId, name, row };
}

export const favoriteDocument = defineResource({
  path: '/users/{id}/favorites/{name}',
  archetype: 'document',
  tag: 'favorites',
  description: 'One favorite in the store, named by the client.',
  example: '/users/1/favorites/claudio',
  params: z.object({
    id: z.string().openapi({ example: '1' }),
    name: z.string().openapi({ example: 'claudio' }),
  }),
  cache: 'data',
  operations: {
    GET: {
      summary: 'Read a favorite',
      access: 'public',
      statuses: [200, 304, 404, 412],
      responseSchema: FavoriteSchema,
      handler(f) {
        const { row } = load(f);
        return represent(f, variants(row), { lastModified: isoToMs(row.updatedAt), cacheKey: row });
      },
    },
    PUT: {
      summary: 'Put a favorite at this name (insert or replace)',
      description:
        '201 when the name was free, 204 when it replaced a favorite. A deleted store is created again.',
      access: 'editor',
      body: { types: ['application/json'], required: true, schema: FavoriteInput },
      statuses: [201, 204, 400, 404, 412, 422, 507],
      responseSchema: FavoriteSchema,
      handler(f) {
        const id = f.param('id');
        const user = /^[1-9]\d{0,9}$/.test(id) ? f.world.get('users', id) : undefined;
        found(f, user, words(`user ${id}`, `사용자 ${id}`));
        const userId = Number(id);
        const name = nameOf(f);
        const key = `${userId}/${name}`;
        const existing = f.world.get('favorites', key);
        checkPreconditions(
          f,
          existing
            ? currentOf(f, variants(existing), isoToMs(existing.updatedAt), existing)
            : { exists: false, etags: [] },
        );
        const input = inputForPut(f, FavoriteInput, {
          readOnly: ['name', 'createdAt', 'updatedAt', 'links'],
        });
        if (!playerExists(f.world, input.player))
          refuseInvalid(f, [
            {
              pointer: '#/player',
              detail: `no player at ${input.player}`,
              detailKo: `${input.player}에 선수 없음`,
            },
          ]);
        const now = stamp(f);
        const row: FavoriteRow = {
          userId,
          name,
          player: input.player,
          ...(input.note !== undefined ? { note: input.note } : {}),
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        ensureRoom(f, 'favorites', key, row);
        if (!f.world.get('stores', String(userId)))
          f.world.put('stores', String(userId), { userId, createdAt: now, updatedAt: now });
        f.world.put('favorites', key, row);
        if (!existing) return created(f, `/users/${userId}/favorites/${name}`, favoriteView(row));
        const path = `/users/${userId}/favorites/${name}`;
        f.answer('created', false, words(`replaced ${path}`, `${path} 교체됨`));
        return noContent(
          f,
          'response-has-body',
          words('replaced: nothing new to show', '교체됨: 새로 보여 줄 내용 없음'),
        );
      },
    },
    DELETE: {
      summary: 'Delete a favorite',
      access: 'editor',
      statuses: [204, 404, 412, 507],
      handler(f) {
        const { userId, name, row } = load(f);
        checkPreconditions(f, currentOf(f, variants(row), isoToMs(row.updatedAt), row));
        ensureRoom(f, 'favorites', `${userId}/${name}`, null);
        f.world.remove('favorites', `${userId}/${name}`);
        return noContent(f, 'delete-enacted', words(`favorite ${name} deleted`, `즐겨찾기 ${name} 삭제됨`));
      },
    },
  },
});
