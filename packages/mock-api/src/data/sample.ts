/**
 * The shared sample data, deeply frozen. Sandboxes read through to it and store only what a
 * learner changed (copy-on-write), so a fresh sandbox costs almost nothing.
 */
import type { Rows, TableName } from './rows.ts';
import { SAMPLE_JOBS, SAMPLE_REPORTS, SAMPLE_TICKETS } from './sample-misc.ts';
import { SAMPLE_GAMES, SAMPLE_LEAGUES, SAMPLE_PLAYERS, SAMPLE_TEAMS } from './sample-soccer.ts';
import { SAMPLE_FAVORITES, SAMPLE_STORES, SAMPLE_USERS } from './sample-users.ts';

export type BaseTables = { readonly [T in TableName]: ReadonlyMap<string, Rows[T]> };

/** How each table keys its rows. */
export const KEY_OF: { readonly [T in TableName]: (row: Rows[T]) => string } = {
  users: (r) => String(r.id),
  stores: (r) => String(r.userId),
  favorites: (r) => `${r.userId}/${r.name}`,
  leagues: (r) => r.id,
  teams: (r) => `${r.league}/${r.id}`,
  players: (r) => String(r.id),
  games: (r) => r.id,
  jobs: (r) => String(r.id),
  reports: (r) => String(r.id),
  tickets: (r) => String(r.id),
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function table<T extends TableName>(name: T, rows: readonly Rows[T][]): ReadonlyMap<string, Rows[T]> {
  const map = new Map<string, Rows[T]>();
  for (const row of rows) {
    const key = KEY_OF[name](row);
    if (map.has(key)) throw new Error(`duplicate key ${key} in sample table ${name}`);
    map.set(key, deepFreeze(row));
  }
  return map;
}

/** Builds the frozen base tables. Called once per app. */
export function createSample(): BaseTables {
  return {
    users: table('users', SAMPLE_USERS),
    stores: table('stores', SAMPLE_STORES),
    favorites: table('favorites', SAMPLE_FAVORITES),
    leagues: table('leagues', SAMPLE_LEAGUES),
    teams: table('teams', SAMPLE_TEAMS),
    players: table('players', SAMPLE_PLAYERS),
    games: table('games', SAMPLE_GAMES),
    jobs: table('jobs', SAMPLE_JOBS),
    reports: table('reports', SAMPLE_REPORTS),
    tickets: table('tickets', SAMPLE_TICKETS),
  };
}
