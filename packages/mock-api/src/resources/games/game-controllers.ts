/**
 * Controllers: `POST /games/{game}/start` and `POST /games/{game}/finish` move a game through
 * scheduled → live → finished. Any other move is a conflict with the game's state (409).
 * Controllers take POST only.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.3.3
 */
import { z } from '@hono/zod-openapi';
import type { GameRow, GameState } from '../../data/rows.ts';
import type { Flow } from '../../flow/flow.ts';
import { ensureRoom, noConflict, stamp } from '../../flow/guards.ts';
import { changed } from '../../flow/outcomes.ts';
import { words } from '../../flow/trace.ts';
import { defineResource } from '../define.ts';
import type { ResourceDef } from '../define.ts';
import { GameSchema, gameView, loadGame } from './game-model.ts';

function transition(action: 'start' | 'finish', from: GameState, to: GameState): ResourceDef {
  const handler = (f: Flow) => {
    const row = loadGame(f);
    noConflict(
      f,
      row.state !== from
        ? {
            fact: words(
              `${row.state} → ${to} is not allowed (${action} needs ${from})`,
              `${row.state} → ${to} 전이 불가 (${action}에는 ${from} 필요)`,
            ),
            params: { reason: 'transition', state: row.state, action },
            problem: {
              code: 'transition-not-allowed',
              detail: `The game is ${row.state}; only a ${from} game can ${action}. The moves are scheduled → live (start) → finished (finish).`,
              extensions: { state: row.state, action },
            },
          }
        : undefined,
      `${from} → ${to}`,
    );
    const next: GameRow = { ...row, state: to, updatedAt: stamp(f) };
    ensureRoom(f, 'games', row.id, next);
    f.world.put('games', row.id, next);
    return changed(f, gameView(next), { 'Content-Location': `/games/${row.id}` });
  };
  return defineResource({
    path: `/games/{game}/${action}`,
    archetype: 'controller',
    tag: 'games',
    description: `Controller: ${action} a game (${from} → ${to}).`,
    example: `/games/3fd65a60-cb8b-11e0-9572-0800200c9a66/${action}`,
    params: z.object({ game: z.string().openapi({ example: '3fd65a60-cb8b-11e0-9572-0800200c9a66' }) }),
    cache: 'no-store',
    operations: {
      POST: {
        summary: `${action[0]?.toUpperCase()}${action.slice(1)} the game (${from} → ${to})`,
        description: 'Takes no content. Answers 200 with the game in its new state.',
        access: 'editor',
        statuses: [200, 404, 409, 507],
        responseSchema: GameSchema,
        handler,
      },
    },
  });
}

export const startGame = transition('start', 'scheduled', 'live');
export const finishGame = transition('finish', 'live', 'finished');
