/** Views of the soccer hierarchy, and lookups that walk it from the league down. */
import { z } from '@hono/zod-openapi';
import type { LeagueRow, PlayerRow, TeamRow } from '../../data/rows.ts';
import { POSITIONS } from '../../data/rows.ts';
import type { Flow } from '../../flow/flow.ts';
import { fieldMessage } from '../../flow/messages-ko.ts';
import { found } from '../../flow/outcomes.ts';
import { words } from '../../flow/trace.ts';

export const LeagueSchema = z
  .object({ id: z.string(), name: z.string(), country: z.string() })
  .catchall(z.unknown())
  .openapi('League');
export const TeamSchema = z
  .object({ id: z.string(), league: z.string(), name: z.string(), founded: z.number() })
  .catchall(z.unknown())
  .openapi('Team');
export const PlayerSchema = z
  .object({ id: z.number(), name: z.string(), number: z.number(), position: z.enum(POSITIONS) })
  .catchall(z.unknown())
  .openapi('Player');

export const PlayerInput = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, fieldMessage('name must not be empty', 'name은 비어 있으면 안 됨'))
      .max(60, fieldMessage('name is at most 60 characters', 'name은 최대 60자')),
    number: z
      .number()
      .int(fieldMessage('number must be a whole number', 'number는 정수여야 함'))
      .min(1, fieldMessage('number is 1 to 99', 'number는 1~99'))
      .max(99, fieldMessage('number is 1 to 99', 'number는 1~99')),
    position: z.enum(
      POSITIONS,
      fieldMessage(
        `position is one of ${POSITIONS.join(', ')}`,
        `position은 ${POSITIONS.join(', ')} 중 하나`,
      ),
    ),
  })
  .openapi('PlayerInput', { example: { name: '이강민', number: 17, position: 'MF' } });

export type PlayerInput = z.infer<typeof PlayerInput>;

export const leaguePath = (l: string) => `/leagues/${l}`;
export const teamPath = (l: string, t: string) => `/leagues/${l}/teams/${t}`;
export const playerPath = (p: PlayerRow) => `${teamPath(p.league, p.team)}/players/${p.id}`;

export function leagueView(l: LeagueRow) {
  return {
    id: l.id,
    name: l.name,
    country: l.country,
    links: { self: leaguePath(l.id), teams: `${leaguePath(l.id)}/teams` },
  };
}

export function teamView(t: TeamRow) {
  const self = teamPath(t.league, t.id);
  return {
    id: t.id,
    league: t.league,
    name: t.name,
    founded: t.founded,
    links: { self, league: leaguePath(t.league), players: `${self}/players` },
  };
}

export function playerView(p: PlayerRow) {
  return {
    id: p.id,
    name: p.name,
    number: p.number,
    position: p.position,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    links: { self: playerPath(p), team: teamPath(p.league, p.team) },
  };
}

export function loadLeague(f: Flow): LeagueRow {
  const id = f.param('league');
  return found(f, f.world.get('leagues', id), words(`league ${id}`, `리그 ${id}`));
}

export function loadTeam(f: Flow): TeamRow {
  const league = loadLeague(f);
  const id = f.param('team');
  const what = words(`team ${id} in league ${league.id}`, `리그 ${league.id}의 팀 ${id}`);
  return found(f, f.world.get('teams', `${league.id}/${id}`), what);
}

export function loadPlayer(f: Flow): PlayerRow {
  const team = loadTeam(f);
  const id = f.param('player');
  const player = /^[1-9]\d{0,9}$/.test(id) ? f.world.get('players', id) : undefined;
  const inTeam = player && player.league === team.league && player.team === team.id ? player : undefined;
  return found(f, inTeam, words(`player ${id} in team ${team.id}`, `팀 ${team.id}의 선수 ${id}`));
}

/** The fact when nobody in the team wears this number. */
export const numberFree = (number: number, team: string) =>
  words(`number ${number} is free in ${team}`, `${team} 팀에서 등번호 ${number} 사용 가능`);

/** 409 when another player of the team already wears this number. */
export function numberClash(players: readonly PlayerRow[], number: number, self?: number) {
  const owner = players.find((p) => p.number === number && p.id !== self);
  return owner
    ? {
        fact: words(
          `number ${number} is worn by ${playerPath(owner)}`,
          `등번호 ${number}: 이미 ${playerPath(owner)} 선수가 사용 중`,
        ),
        params: { reason: 'duplicate', field: 'number', value: number },
        problem: {
          code: 'duplicate' as const,
          detail: `${owner.name} (${playerPath(owner)}) already wears number ${number} in this team; shirt numbers are unique per team.`,
          extensions: { field: 'number', conflictsWith: playerPath(owner) },
        },
      }
    : undefined;
}
