/**
 * `/leagues/{league}/teams/{team}/players` and `.../players/{player}`: the Rulebook's soccer
 * example, a collection and its documents at the bottom of the hierarchy. Shirt numbers are
 * unique within a team (409 on a clash).
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10
 */
import { z } from '@hono/zod-openapi';
import type { PlayerRow } from '../../data/rows.ts';
import type { Flow } from '../../flow/flow.ts';
import { ensureRoom, noConflict, stamp } from '../../flow/guards.ts';
import { changed, created, noContent } from '../../flow/outcomes.ts';
import { checkPreconditions } from '../../flow/preconditions.ts';
import { currentOf, json, render, represent } from '../../flow/respond.ts';
import { words } from '../../flow/trace.ts';
import { inputForPatch, inputForPut } from '../../flow/write-input.ts';
import { formatHttpDate, toSecond, isoToMs } from '../../http/http-date.ts';
import { defineResource } from '../define.ts';
import {
  loadPlayer,
  loadTeam,
  numberClash,
  numberFree,
  PlayerInput,
  playerPath,
  PlayerSchema,
  playerView,
} from './soccer-model.ts';
import type { PlayerInput as Input } from './soccer-model.ts';

const league = z.string().openapi({ example: 'seattle' });
const team = z.string().openapi({ example: 'trebuchet' });
const player = z.string().openapi({ example: '21' });

const variants = (p: PlayerRow) => ({ json: () => json(playerView(p)) });

function teammates(f: Flow, p: Pick<PlayerRow, 'league' | 'team'>): PlayerRow[] {
  return f.world.list('players', (x) => x.league === p.league && x.team === p.team);
}

function loadCurrent(f: Flow): PlayerRow {
  const row = loadPlayer(f);
  checkPreconditions(f, currentOf(f, variants(row), isoToMs(row.updatedAt), row));
  return row;
}

function save(f: Flow, row: PlayerRow, input: Input): PlayerRow {
  noConflict(f, numberClash(teammates(f, row), input.number, row.id), numberFree(input.number, row.team));
  const next: PlayerRow = { ...row, ...input, updatedAt: stamp(f) };
  ensureRoom(f, 'players', String(row.id), next);
  f.world.put('players', String(row.id), next);
  return next;
}

export const playersCollection = defineResource({
  path: '/leagues/{league}/teams/{team}/players',
  archetype: 'collection',
  tag: 'soccer',
  description: "A team's players.",
  example: '/leagues/seattle/teams/trebuchet/players',
  params: z.object({ league, team }),
  cache: 'data',
  operations: {
    GET: {
      summary: "List a team's players",
      access: 'public',
      statuses: [200, 304, 404, 412],
      responseSchema: z.object({ items: z.array(PlayerSchema) }),
      handler(f) {
        const items = teammates(f, { league: loadTeam(f).league, team: f.param('team') }).map(playerView);
        return represent(f, { json: () => json({ items, total: items.length }) });
      },
    },
    POST: {
      summary: 'Sign a player to the team',
      access: 'editor',
      body: { types: ['application/json'], required: true, schema: PlayerInput },
      statuses: [201, 404, 409, 422, 507],
      responseSchema: PlayerSchema,
      handler(f) {
        const t = loadTeam(f);
        const input = inputForPut(f, PlayerInput);
        noConflict(
          f,
          numberClash(teammates(f, { league: t.league, team: t.id }), input.number),
          numberFree(input.number, t.id),
        );
        const now = stamp(f);
        const id = f.world.nextId('players');
        const row: PlayerRow = { id, league: t.league, team: t.id, ...input, createdAt: now, updatedAt: now };
        ensureRoom(f, 'players', String(id), row);
        f.world.put('players', String(id), row);
        return created(f, playerPath(row), playerView(row));
      },
    },
  },
});

export const playerDocument = defineResource({
  path: '/leagues/{league}/teams/{team}/players/{player}',
  archetype: 'document',
  tag: 'soccer',
  description: 'One player.',
  example: '/leagues/seattle/teams/trebuchet/players/21',
  params: z.object({ league, team, player }),
  cache: 'data',
  operations: {
    GET: {
      summary: 'Read a player',
      access: 'public',
      statuses: [200, 304, 404, 412],
      responseSchema: PlayerSchema,
      handler(f) {
        const row = loadPlayer(f);
        return represent(f, variants(row), { lastModified: isoToMs(row.updatedAt), cacheKey: row });
      },
    },
    PUT: {
      summary: 'Replace a player',
      access: 'editor',
      body: { types: ['application/json'], required: true, schema: PlayerInput },
      statuses: [200, 404, 409, 412, 422, 507],
      responseSchema: PlayerSchema,
      handler(f) {
        const row = loadCurrent(f);
        return changed(f, playerView(save(f, row, inputForPut(f, PlayerInput, { id: row.id }))));
      },
    },
    PATCH: {
      summary: 'Change some fields of a player (JSON Merge Patch)',
      access: 'editor',
      body: {
        types: ['application/merge-patch+json', 'application/json'],
        required: true,
        schema: PlayerInput.partial(),
      },
      statuses: [200, 404, 409, 412, 422, 507],
      responseSchema: PlayerSchema,
      handler(f) {
        const row = loadCurrent(f);
        const next = save(
          f,
          row,
          inputForPatch(f, PlayerInput, { name: row.name, number: row.number, position: row.position }),
        );
        const etag = render(variants(next), 'json').etag;
        return changed(f, playerView(next), {
          ETag: `"${etag}"`,
          'Last-Modified': formatHttpDate(toSecond(isoToMs(next.updatedAt))),
        });
      },
    },
    DELETE: {
      summary: 'Release a player',
      access: 'editor',
      statuses: [204, 404, 412, 507],
      handler(f) {
        const row = loadCurrent(f);
        ensureRoom(f, 'players', String(row.id), null);
        f.world.remove('players', String(row.id));
        return noContent(f, 'delete-enacted', words(`player ${row.id} released`, `선수 ${row.id} 방출됨`));
      },
    },
  },
});
