/**
 * `/reports/{report}`: the result of a finished job, as JSON or CSV (Vary: Accept). Before the
 * job is done, the report does not exist yet.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5
 */
import { z } from '@hono/zod-openapi';
import { found } from '../../flow/outcomes.ts';
import { represent } from '../../flow/respond.ts';
import { words } from '../../flow/trace.ts';
import { defineResource } from '../define.ts';
import { ReportSchema, reportVariants } from './report-model.ts';
import { isoToMs } from '../../http/http-date.ts';

export const reportDocument = defineResource({
  path: '/reports/{report}',
  archetype: 'document',
  tag: 'reports',
  description: 'League standings, compiled by a job. JSON or CSV.',
  example: '/reports/1',
  params: z.object({ report: z.string().openapi({ example: '1' }) }),
  representations: ['json', 'csv'],
  cache: 'data',
  operations: {
    GET: {
      summary: 'Read a report',
      access: 'public',
      statuses: [200, 304, 404, 412],
      responseSchema: ReportSchema,
      handler(f) {
        const id = f.param('report');
        const row = /^[1-9]\d{0,9}$/.test(id) ? f.world.get('reports', id) : undefined;
        const job = row ? f.world.get('jobs', String(row.job)) : undefined;
        const ready = row && job && f.rt.now() >= job.doneAt ? row : undefined;
        const detail =
          row && !ready
            ? `Report ${id} is still being compiled; GET /jobs/${row.job} tells you when it is done.`
            : undefined;
        const report = found(f, ready, words(`report ${id}`, `보고서 ${id}`), detail);
        return represent(f, reportVariants(report), {
          lastModified: isoToMs(report.updatedAt),
          cacheKey: report,
        });
      },
    },
  },
});
