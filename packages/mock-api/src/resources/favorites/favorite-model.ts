/** Favorites: a client-managed store per user, `/users/{id}/favorites/{name}`. */
import { z } from '@hono/zod-openapi';
import type { FavoriteRow } from '../../data/rows.ts';
import type { Flow } from '../../flow/flow.ts';
import { fieldMessage } from '../../flow/messages-ko.ts';
import { found } from '../../flow/outcomes.ts';
import { words } from '../../flow/trace.ts';
import type { World } from '../../sandbox/world.ts';

const PLAYER_PATH = /^\/leagues\/([a-z0-9-]+)\/teams\/([a-z0-9-]+)\/players\/([1-9]\d*)$/;

export const FavoriteInput = z
  .strictObject({
    player: z
      .string()
      .regex(
        PLAYER_PATH,
        fieldMessage(
          'player must be a player URI, e.g. /leagues/seattle/teams/trebuchet/players/21',
          'player는 선수 URI여야 함, 예: /leagues/seattle/teams/trebuchet/players/21',
        ),
      ),
    note: z.string().max(140, fieldMessage('note is at most 140 characters', 'note는 최대 140자')).optional(),
  })
  .openapi('FavoriteInput', {
    example: { player: '/leagues/seattle/teams/trebuchet/players/22', note: '왼발 슈팅이 좋다' },
  });

export type FavoriteInput = z.infer<typeof FavoriteInput>;

export const FavoriteSchema = z
  .object({
    name: z.string(),
    player: z.string(),
    note: z.string().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Favorite');

export function favoriteView(f: FavoriteRow) {
  return {
    name: f.name,
    player: f.player,
    ...(f.note !== undefined ? { note: f.note } : {}),
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
    links: { self: `/users/${f.userId}/favorites/${f.name}`, store: `/users/${f.userId}/favorites` },
  };
}

/** Does the player URI name a player in this world? */
export function playerExists(world: World, uri: string): boolean {
  const m = PLAYER_PATH.exec(uri);
  const player = m?.[3] ? world.get('players', m[3]) : undefined;
  return player !== undefined && player.league === m?.[1] && player.team === m[2];
}

/** The user's store must exist: the user exists and has not deleted the store. */
export function loadStore(f: Flow): number {
  const id = f.param('id');
  const ok = /^[1-9]\d{0,9}$/.test(id);
  const user = ok ? f.world.get('users', id) : undefined;
  const store = user ? f.world.get('stores', id) : undefined;
  const detail = !ok
    ? `"${id}" is not a user id: user ids are positive integers.`
    : !user
      ? `There is no user ${id}, so there is no store of favorites.`
      : `User ${id}'s favorites store was deleted. PUT a favorite into it to create it again.`;
  found(
    f,
    store,
    words(`store /users/${id}/favorites`, `스토어 /users/${id}/favorites`),
    store ? undefined : detail,
  );
  return Number(id);
}

export function favoritesOf(world: World, userId: number): FavoriteRow[] {
  return world.list('favorites', (r) => r.userId === userId);
}

export const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
