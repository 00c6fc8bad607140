/**
 * The shapes of the records in the mock world, one interface per table. Timestamps are
 * ISO 8601 strings in UTC.
 */

export interface Stamped {
  createdAt: string;
  updatedAt: string;
}

export interface UserRow extends Stamped {
  id: number;
  name: string;
  email: string;
}

/** A user's favorites store exists while this row does; deleting an empty store removes it. */
export interface StoreRow extends Stamped {
  userId: number;
}

export interface FavoriteRow extends Stamped {
  userId: number;
  name: string;
  player: string;
  note?: string;
}

export interface LeagueRow extends Stamped {
  id: string;
  name: string;
  country: string;
}

export interface TeamRow extends Stamped {
  league: string;
  id: string;
  name: string;
  founded: number;
}

export const POSITIONS = ['GK', 'DF', 'MF', 'FW'] as const;
export type Position = (typeof POSITIONS)[number];

export interface PlayerRow extends Stamped {
  id: number;
  league: string;
  team: string;
  name: string;
  number: number;
  position: Position;
}

export const GAME_STATES = ['scheduled', 'live', 'finished'] as const;
export type GameState = (typeof GAME_STATES)[number];

export interface GameRow extends Stamped {
  id: string;
  league: string;
  home: string;
  away: string;
  kickoff: string;
  state: GameState;
  score: { home: number; away: number };
}

export interface JobRow extends Stamped {
  id: number;
  league: string;
  /** When the job finishes, in epoch milliseconds. */
  doneAt: number;
  report: number;
}

export interface StandingRow {
  team: string;
  played: number;
  won: number;
  drawn: number;
  lost: number;
  points: number;
}

export interface ReportRow extends Stamped {
  id: number;
  league: string;
  /** The job that produced it; the report exists once that job is done. */
  job: number;
  standings: readonly StandingRow[];
}

export interface TicketRow extends Stamped {
  id: number;
  game: string;
  seat: string;
  holder: string;
}

export interface Rows {
  users: UserRow;
  stores: StoreRow;
  favorites: FavoriteRow;
  leagues: LeagueRow;
  teams: TeamRow;
  players: PlayerRow;
  games: GameRow;
  jobs: JobRow;
  reports: ReportRow;
  tickets: TicketRow;
}

export type TableName = keyof Rows;
