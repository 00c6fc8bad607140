/**
 * `/games` and `/games/{game}`: a collection whose documents have UUID ids. Updates to a game
 * must be conditional (If-Match), so two scorekeepers cannot overwrite each other: without
 * one, the answer is 428.
 * @see https://www.rfc-editor.org/rfc/rfc6585#section-3
 */
import { z } from '@hono/zod-openapi';
import type { GameRow } from '../../data/rows.ts';
import type { Flow } from '../../flow/flow.ts';
import { ensureRoom, noConflict, stamp } from '../../flow/guards.ts';
import { changed, created, noContent } from '../../flow/outcomes.ts';
import { checkPreconditions, requirePrecondition } from '../../flow/preconditions.ts';
import { currentOf, json, render, represent } from '../../flow/respond.ts';
import { words } from '../../flow/trace.ts';
import { inputForPatch, inputForPut } from '../../flow/write-input.ts';
import { formatHttpDate, toSecond, isoToMs } from '../../http/http-date.ts';
import { defineResource } from '../define.ts';
import {
  checkTeams,
  GAME_READ_ONLY,
  GameInput,
  GameSchema,
  gameVariants,
  gameView,
  loadGame,
} from './game-model.ts';

function loadCurrent(f: Flow): GameRow {
  const row = loadGame(f);
  requirePrecondition(f);
  checkPreconditions(f, currentOf(f, gameVariants(row), isoToMs(row.updatedAt), row));
  return row;
}

/** What a finished game cannot do, in English and in Korean. */
const ACTIONS = {
  'be changed': '변경',
  'be deleted': '삭제',
} as const;

function notFinished(f: Flow, row: GameRow, action: keyof typeof ACTIONS): void {
  noConflict(
    f,
    row.state === 'finished'
      ? {
          fact: words(`game is finished; cannot ${action}`, `경기 종료됨: ${ACTIONS[action]} 불가`),
          params: { reason: 'transition', state: row.state, action },
          problem: {
            code: 'transition-not-allowed',
            detail: `This game is finished, and a finished game's record is final: it cannot ${action}.`,
            extensions: { state: row.state },
          },
        }
      : undefined,
    words(`game is ${row.state}`, `경기 상태: ${row.state}`),
  );
}

function save(f: Flow, row: GameRow, input: GameInput): GameRow {
  checkTeams(f, input);
  notFinished(f, row, 'be changed');
  const next: GameRow = {
    ...row,
    ...input,
    kickoff: new Date(input.kickoff).toISOString(),
    updatedAt: stamp(f),
  };
  ensureRoom(f, 'games', row.id, next);
  f.world.put('games', row.id, next);
  return next;
}

const gameParam = z.object({ game: z.string().openapi({ example: '3fd65a60-cb8b-11e0-9572-0800200c9a66' }) });

export const gamesCollection = defineResource({
  path: '/games',
  archetype: 'collection',
  tag: 'games',
  description: 'Games, identified by UUIDs.',
  example: '/games',
  cache: 'data',
  operations: {
    GET: {
      summary: 'List games',
      access: 'public',
      statuses: [200, 304, 412],
      responseSchema: z.object({ items: z.array(GameSchema) }),
      handler(f) {
        const items = f.world.list('games').map(gameView);
        return represent(f, { json: () => json({ items, total: items.length }) });
      },
    },
    POST: {
      summary: 'Schedule a game',
      access: 'editor',
      body: { types: ['application/json'], required: true, schema: GameInput },
      statuses: [201, 422, 507],
      responseSchema: GameSchema,
      handler(f) {
        const input = inputForPut(f, GameInput, { readOnly: GAME_READ_ONLY });
        checkTeams(f, input);
        const now = stamp(f);
        const row: GameRow = {
          id: crypto.randomUUID(),
          ...input,
          kickoff: new Date(input.kickoff).toISOString(),
          state: 'scheduled',
          score: { home: 0, away: 0 },
          createdAt: now,
          updatedAt: now,
        };
        ensureRoom(f, 'games', row.id, row);
        f.world.put('games', row.id, row);
        return created(f, `/games/${row.id}`, gameView(row));
      },
    },
  },
});

export const gameDocument = defineResource({
  path: '/games/{game}',
  archetype: 'document',
  tag: 'games',
  description: 'One game. PUT, PATCH and DELETE need If-Match (428 without).',
  example: '/games/3fd65a60-cb8b-11e0-9572-0800200c9a66',
  params: gameParam,
  cache: 'data',
  operations: {
    GET: {
      summary: 'Read a game',
      access: 'public',
      statuses: [200, 304, 404, 412],
      responseSchema: GameSchema,
      handler(f) {
        const row = loadGame(f);
        return represent(f, gameVariants(row), { lastModified: isoToMs(row.updatedAt), cacheKey: row });
      },
    },
    PUT: {
      summary: 'Reschedule a game (If-Match required)',
      access: 'editor',
      requiresPrecondition: true,
      body: { types: ['application/json'], required: true, schema: GameInput },
      statuses: [200, 404, 409, 412, 422, 507],
      responseSchema: GameSchema,
      handler(f) {
        const row = loadCurrent(f);
        return changed(
          f,
          gameView(save(f, row, inputForPut(f, GameInput, { id: row.id, readOnly: GAME_READ_ONLY }))),
        );
      },
    },
    PATCH: {
      summary: 'Change some fields of a game (If-Match required)',
      access: 'editor',
      requiresPrecondition: true,
      body: {
        types: ['application/merge-patch+json', 'application/json'],
        required: true,
        schema: GameInput.partial(),
      },
      statuses: [200, 404, 409, 412, 422, 507],
      responseSchema: GameSchema,
      handler(f) {
        const row = loadCurrent(f);
        const current = { league: row.league, home: row.home, away: row.away, kickoff: row.kickoff };
        const next = save(f, row, inputForPatch(f, GameInput, current, GAME_READ_ONLY));
        const etag = render(gameVariants(next), 'json').etag;
        return changed(f, gameView(next), {
          ETag: `"${etag}"`,
          'Last-Modified': formatHttpDate(toSecond(isoToMs(next.updatedAt))),
        });
      },
    },
    DELETE: {
      summary: 'Cancel a game (If-Match required)',
      access: 'editor',
      requiresPrecondition: true,
      statuses: [204, 404, 409, 412, 507],
      handler(f) {
        const row = loadCurrent(f);
        notFinished(f, row, 'be deleted');
        ensureRoom(f, 'games', row.id, null);
        f.world.remove('games', row.id);
        return noContent(f, 'delete-enacted', words(`game ${row.id} deleted`, `경기 ${row.id} 삭제됨`));
      },
    },
  },
});
