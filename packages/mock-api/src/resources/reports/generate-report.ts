/**
 * `POST /leagues/{league}/generate-report`: a controller that starts slow work. It answers
 * 202 Accepted at once, with Location pointing at a job to poll; the report appears when the
 * job is done (after `jobDurationMs`, 10 seconds by default).
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3
 */
import { z } from '@hono/zod-openapi';
import type { JobRow, ReportRow } from '../../data/rows.ts';
import { ensureRoom, stamp } from '../../flow/guards.ts';
import { accepted } from '../../flow/outcomes.ts';
import { defineResource } from '../define.ts';
import { loadLeague } from '../soccer/soccer-model.ts';
import { jobView } from './jobs.ts';
import { JobSchema, standings } from './report-model.ts';

export const generateReport = defineResource({
  path: '/leagues/{league}/generate-report',
  archetype: 'controller',
  tag: 'reports',
  description: "Controller: compile the league's standings. The work is asynchronous.",
  example: '/leagues/seattle/generate-report',
  params: z.object({ league: z.string().openapi({ example: 'seattle' }) }),
  cache: 'no-store',
  operations: {
    POST: {
      summary: 'Start compiling a standings report',
      description: 'Takes no content. 202 with Location: /jobs/{id}; poll it until it answers 303.',
      access: 'editor',
      statuses: [202, 404, 507],
      responseSchema: JobSchema,
      handler(f) {
        const league = loadLeague(f);
        const now = f.rt.now();
        const at = stamp(f);
        const jobId = f.world.nextId('jobs');
        const reportId = f.world.nextId('reports');
        const job: JobRow = {
          id: jobId,
          league: league.id,
          doneAt: now + f.rt.jobDurationMs,
          report: reportId,
          createdAt: at,
          updatedAt: at,
        };
        const report: ReportRow = {
          id: reportId,
          league: league.id,
          job: jobId,
          standings: standings(f.world, league.id),
          createdAt: at,
          updatedAt: at,
        };
        ensureRoom(f, 'jobs', String(jobId), job);
        f.world.put('jobs', String(jobId), job);
        ensureRoom(f, 'reports', String(reportId), report);
        f.world.put('reports', String(reportId), report);
        return accepted(f, `/jobs/${jobId}`, jobView(job, now));
      },
    },
  },
});
