/**
 * `/users/{id}/favorites`: a store, managed by the client. GET lists it. DELETE removes an
 * empty store (204); a store that still holds favorites is a conflict (409), so nothing is
 * lost by accident.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10
 */
import { z } from '@hono/zod-openapi';
import { ensureRoom, noConflict } from '../../flow/guards.ts';
import { noContent } from '../../flow/outcomes.ts';
import { json, represent } from '../../flow/respond.ts';
import { words } from '../../flow/trace.ts';
import { defineResource } from '../define.ts';
import { FavoriteSchema, favoritesOf, favoriteView, loadStore } from './favorite-model.ts';

export const favoritesStore = defineResource({
  path: '/users/{id}/favorites',
  archetype: 'store',
  tag: 'favorites',
  description: "A user's favorite players, stored under names the client picks.",
  example: '/users/1/favorites',
  params: z.object({ id: z.string().openapi({ example: '1' }) }),
  cache: 'data',
  operations: {
    GET: {
      summary: 'List the favorites in the store',
      access: 'public',
      statuses: [200, 304, 404, 412],
      responseSchema: z.object({ items: z.array(FavoriteSchema) }),
      handler(f) {
        const userId = loadStore(f);
        const items = favoritesOf(f.world, userId).map(favoriteView);
        return represent(f, { json: () => json({ items, total: items.length }) });
      },
    },
    DELETE: {
      summary: 'Delete the store (only when empty)',
      access: 'editor',
      statuses: [204, 404, 409, 507],
      handler(f) {
        const userId = loadStore(f);
        const count = favoritesOf(f.world, userId).length;
        noConflict(
          f,
          count > 0
            ? {
                fact: words(`store holds ${count} favorite(s)`, `스토어에 즐겨찾기 ${count}개 있음`),
                params: { reason: 'store-not-empty', records: count },
                problem: {
                  code: 'store-not-empty',
                  detail: `The store still holds ${count} favorite(s). Delete them first (DELETE /users/${userId}/favorites/{name}), then the store.`,
                  extensions: { items: count },
                },
              }
            : undefined,
          words('store is empty', '스토어 비어 있음'),
        );
        ensureRoom(f, 'stores', String(userId), null);
        f.world.remove('stores', String(userId));
        return noContent(
          f,
          'delete-enacted',
          words(`store of user ${userId} deleted`, `사용자 ${userId}의 스토어 삭제됨`),
        );
      },
    },
  },
});
