/** Season reports: standings computed from finished games, as JSON or CSV. */
import { z } from '@hono/zod-openapi';
import type { ReportRow, StandingRow } from '../../data/rows.ts';
import { toCsv } from '../../http/csv.ts';
import { json } from '../../flow/respond.ts';
import type { World } from '../../sandbox/world.ts';

export const ReportSchema = z
  .object({
    id: z.number(),
    league: z.string(),
    standings: z.array(z.object({ team: z.string(), points: z.number() }).catchall(z.unknown())),
  })
  .catchall(z.unknown())
  .openapi('Report');

export const JobSchema = z
  .object({ id: z.number(), state: z.enum(['pending', 'done']), league: z.string() })
  .catchall(z.unknown())
  .openapi('Job');

/** Standings of a league from its finished games: 3 points a win, 1 a draw. */
export function standings(world: World, league: string): StandingRow[] {
  const table = new Map<string, StandingRow>();
  for (const t of world.list('teams', (x) => x.league === league)) {
    table.set(t.id, { team: t.id, played: 0, won: 0, drawn: 0, lost: 0, points: 0 });
  }
  for (const g of world.list('games', (x) => x.league === league && x.state === 'finished')) {
    const home = table.get(g.home);
    const away = table.get(g.away);
    if (!home || !away) continue;
    const diff = g.score.home - g.score.away;
    for (const [row, d] of [
      [home, diff],
      [away, -diff],
    ] as const) {
      row.played += 1;
      if (d > 0) {
        row.won += 1;
        row.points += 3;
      } else if (d === 0) {
        row.drawn += 1;
        row.points += 1;
      } else row.lost += 1;
    }
  }
  return [...table.values()].sort((a, b) => b.points - a.points || a.team.localeCompare(b.team));
}

export function reportView(r: ReportRow) {
  return {
    id: r.id,
    league: r.league,
    standings: r.standings,
    createdAt: r.createdAt,
    links: { self: `/reports/${r.id}`, job: `/jobs/${r.job}` },
  };
}

const COLUMNS = ['team', 'played', 'won', 'drawn', 'lost', 'points'] as const;

export const reportVariants = (r: ReportRow) => ({
  json: () => json(reportView(r)),
  csv: () => toCsv(COLUMNS, r.standings),
});
