/**
 * The read-only top of the soccer hierarchy: `/leagues`, `/leagues/{league}`,
 * `/leagues/{league}/teams`, `/leagues/{league}/teams/{team}`. The league office owns them,
 * so they support GET and HEAD only: any other method is 405 with Allow.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6
 */
import { z } from '@hono/zod-openapi';
import { json, represent } from '../../flow/respond.ts';
import { defineResource } from '../define.ts';
import { LeagueSchema, leagueView, loadLeague, loadTeam, TeamSchema, teamView } from './soccer-model.ts';
import { isoToMs } from '../../http/http-date.ts';

const league = z.string().openapi({ example: 'seattle' });
const team = z.string().openapi({ example: 'trebuchet' });

export const leaguesCollection = defineResource({
  path: '/leagues',
  archetype: 'collection',
  tag: 'soccer',
  description: 'The leagues (read-only).',
  example: '/leagues',
  cache: 'static',
  operations: {
    GET: {
      summary: 'List leagues',
      access: 'public',
      statuses: [200, 304, 412],
      responseSchema: z.object({ items: z.array(LeagueSchema) }),
      handler(f) {
        const items = f.world.list('leagues').map(leagueView);
        return represent(f, { json: () => json({ items, total: items.length }) });
      },
    },
  },
});

export const leagueDocument = defineResource({
  path: '/leagues/{league}',
  archetype: 'document',
  tag: 'soccer',
  description: 'One league (read-only).',
  example: '/leagues/seattle',
  params: z.object({ league }),
  cache: 'static',
  operations: {
    GET: {
      summary: 'Read a league',
      access: 'public',
      statuses: [200, 304, 404, 412],
      responseSchema: LeagueSchema,
      handler(f) {
        const row = loadLeague(f);
        return represent(
          f,
          { json: () => json(leagueView(row)) },
          { lastModified: isoToMs(row.updatedAt), cacheKey: row },
        );
      },
    },
  },
});

export const teamsCollection = defineResource({
  path: '/leagues/{league}/teams',
  archetype: 'collection',
  tag: 'soccer',
  description: "A league's teams (read-only).",
  example: '/leagues/seattle/teams',
  params: z.object({ league }),
  cache: 'static',
  operations: {
    GET: {
      summary: "List a league's teams",
      access: 'public',
      statuses: [200, 304, 404, 412],
      responseSchema: z.object({ items: z.array(TeamSchema) }),
      handler(f) {
        const row = loadLeague(f);
        const items = f.world.list('teams', (t) => t.league === row.id).map(teamView);
        return represent(f, { json: () => json({ items, total: items.length }) });
      },
    },
  },
});

export const teamDocument = defineResource({
  path: '/leagues/{league}/teams/{team}',
  archetype: 'document',
  tag: 'soccer',
  description: 'One team (read-only).',
  example: '/leagues/seattle/teams/trebuchet',
  params: z.object({ league, team }),
  cache: 'static',
  operations: {
    GET: {
      summary: 'Read a team',
      access: 'public',
      statuses: [200, 304, 404, 412],
      responseSchema: TeamSchema,
      handler(f) {
        const row = loadTeam(f);
        return represent(
          f,
          { json: () => json(teamView(row)) },
          { lastModified: isoToMs(row.updatedAt), cacheKey: row },
        );
      },
    },
  },
});
