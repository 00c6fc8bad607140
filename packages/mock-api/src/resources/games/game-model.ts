/** Games (UUID ids): views, the content a client may send, and the checks that need the world. */
import { z } from '@hono/zod-openapi';
import type { GameRow } from '../../data/rows.ts';
import { GAME_STATES } from '../../data/rows.ts';
import type { Flow } from '../../flow/flow.ts';
import { refuseInvalid } from '../../flow/json-body.ts';
import type { FieldError } from '../../flow/json-body.ts';
import { fieldMessage } from '../../flow/messages-ko.ts';
import { found } from '../../flow/outcomes.ts';
import { json } from '../../flow/respond.ts';
import { words } from '../../flow/trace.ts';
import { READ_ONLY } from '../../flow/write-input.ts';
import { teamPath } from '../soccer/soccer-model.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** State and score change only through the controllers (start, finish). */
export const GAME_READ_ONLY: readonly string[] = [...READ_ONLY, 'state', 'score'];

export const GameInput = z
  .strictObject({
    league: z.string().min(1, fieldMessage('league is required', 'league는 필수')),
    home: z.string().min(1, fieldMessage('home is required', 'home은 필수')),
    away: z.string().min(1, fieldMessage('away is required', 'away는 필수')),
    kickoff: z.iso.datetime({
      message: fieldMessage(
        'kickoff is an ISO 8601 date-time, e.g. 2026-12-13T15:00:00Z',
        'kickoff는 ISO 8601 date-time, 예: 2026-12-13T15:00:00Z',
      ),
    }),
  })
  .openapi('GameInput', {
    example: { league: 'seattle', home: 'catapult', away: 'trebuchet', kickoff: '2026-12-13T15:00:00Z' },
  });

export type GameInput = z.infer<typeof GameInput>;

export const GameSchema = z
  .object({
    id: z.string(),
    league: z.string(),
    home: z.string(),
    away: z.string(),
    kickoff: z.string(),
    state: z.enum(GAME_STATES),
  })
  .catchall(z.unknown())
  .openapi('Game');

export function gameView(g: GameRow) {
  const self = `/games/${g.id}`;
  return {
    id: g.id,
    league: g.league,
    home: g.home,
    away: g.away,
    kickoff: g.kickoff,
    state: g.state,
    score: g.score,
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
    links: {
      self,
      home: teamPath(g.league, g.home),
      away: teamPath(g.league, g.away),
      start: `${self}/start`,
      finish: `${self}/finish`,
    },
  };
}

export const gameVariants = (g: GameRow) => ({ json: () => json(gameView(g)) });

export function loadGame(f: Flow): GameRow {
  const id = f.param('game');
  const row = UUID.test(id) ? f.world.get('games', id) : undefined;
  const detail = UUID.test(id)
    ? undefined
    : `"${id}" is not a game id: game ids are lowercase UUIDs, e.g. /games/3fd65a60-cb8b-11e0-9572-0800200c9a66.`;
  return found(f, row, words(`game ${id}`, `경기 ${id}`), detail);
}

/** 422 when the league or a team does not exist, or a team would play itself. */
export function checkTeams(f: Flow, input: GameInput): void {
  const errors: FieldError[] = [];
  if (!f.world.get('leagues', input.league))
    errors.push({
      pointer: '#/league',
      detail: `there is no league ${input.league}`,
      detailKo: `리그 ${input.league} 없음`,
    });
  else {
    for (const side of ['home', 'away'] as const) {
      if (!f.world.get('teams', `${input.league}/${input[side]}`))
        errors.push({
          pointer: `#/${side}`,
          detail: `there is no team ${input[side]} in ${input.league}`,
          detailKo: `${input.league} 리그에 팀 ${input[side]} 없음`,
        });
    }
  }
  if (input.home === input.away)
    errors.push({
      pointer: '#/away',
      detail: 'a team cannot play itself',
      detailKo: '같은 팀끼리는 경기 불가',
    });
  if (errors.length > 0) refuseInvalid(f, errors);
}
