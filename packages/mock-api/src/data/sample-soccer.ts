/**
 * The soccer hierarchy of the Rulebook: `/leagues/{league}/teams/{team}/players/{player}`.
 * League and team ids are lowercase slugs; player ids are integers (`.../players/21`).
 */
import type { GameRow, LeagueRow, PlayerRow, Position, TeamRow } from './rows.ts';

const SEASON_START = '2024-03-01T09:00:00.000Z';

export const SAMPLE_LEAGUES: readonly LeagueRow[] = [
  {
    id: 'seattle',
    name: 'Seattle Sunday League',
    country: 'US',
    createdAt: SEASON_START,
    updatedAt: SEASON_START,
  },
  { id: 'busan', name: '부산 주말 리그', country: 'KR', createdAt: SEASON_START, updatedAt: SEASON_START },
];

export const SAMPLE_TEAMS: readonly TeamRow[] = [
  { league: 'seattle', id: 'trebuchet', name: 'Trebuchet FC', founded: 2004 },
  { league: 'seattle', id: 'catapult', name: 'Catapult United', founded: 2009 },
  { league: 'busan', id: 'seagulls', name: '갈매기 FC', founded: 2011 },
  { league: 'busan', id: 'lighthouse', name: '등대 유나이티드', founded: 2015 },
].map((t) => ({ ...t, createdAt: SEASON_START, updatedAt: SEASON_START }));

const ROSTER: readonly [number, string, string, string, number, Position][] = [
  [21, 'seattle', 'trebuchet', 'Claudio Reyna', 10, 'MF'],
  [22, 'seattle', 'trebuchet', 'Alonso Pérez', 9, 'FW'],
  [23, 'seattle', 'trebuchet', 'Marta Silva', 1, 'GK'],
  [24, 'seattle', 'trebuchet', 'Kenji Mori', 4, 'DF'],
  [31, 'seattle', 'catapult', 'Diego Ruiz', 7, 'FW'],
  [32, 'seattle', 'catapult', 'Sofia Laine', 5, 'DF'],
  [33, 'seattle', 'catapult', 'Tomás Vidal', 1, 'GK'],
  [41, 'busan', 'seagulls', '김태오', 11, 'FW'],
  [42, 'busan', 'seagulls', '오민재', 6, 'MF'],
  [43, 'busan', 'seagulls', '한지민', 1, 'GK'],
  [51, 'busan', 'lighthouse', '서준호', 9, 'FW'],
  [52, 'busan', 'lighthouse', '배유나', 3, 'DF'],
];

export const SAMPLE_PLAYERS: readonly PlayerRow[] = ROSTER.map(
  ([id, league, team, name, number, position]) => ({
    id,
    league,
    team,
    name,
    number,
    position,
    createdAt: SEASON_START,
    updatedAt: SEASON_START,
  }),
);

/** Game ids are UUIDs, as in the Rulebook's `/games/3fd65a60-cb8b-11e0-9572-0800200c9a66`. */
export const SAMPLE_GAMES: readonly GameRow[] = [
  {
    id: '3fd65a60-cb8b-11e0-9572-0800200c9a66',
    league: 'seattle',
    home: 'trebuchet',
    away: 'catapult',
    kickoff: '2026-12-06T15:00:00.000Z',
    state: 'scheduled',
    score: { home: 0, away: 0 },
    createdAt: SEASON_START,
    updatedAt: SEASON_START,
  },
  {
    id: '7d1f9e52-4a3b-4c8e-9f2d-6b5a0c1e8d34',
    league: 'seattle',
    home: 'catapult',
    away: 'trebuchet',
    kickoff: '2024-04-14T15:00:00.000Z',
    state: 'finished',
    score: { home: 2, away: 1 },
    createdAt: SEASON_START,
    updatedAt: '2024-04-14T16:50:00.000Z',
  },
  {
    id: 'c2a8e6f1-93b4-4d7a-8e5c-1f0b2d3c4e5f',
    league: 'busan',
    home: 'seagulls',
    away: 'lighthouse',
    kickoff: '2024-05-18T10:00:00.000Z',
    state: 'live',
    score: { home: 1, away: 0 },
    createdAt: SEASON_START,
    updatedAt: '2024-05-18T10:40:00.000Z',
  },
];
