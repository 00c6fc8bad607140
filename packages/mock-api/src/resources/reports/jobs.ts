/**
 * `/jobs/{job}`: where async work is watched. While it runs: 200 with `state: "pending"` and
 * Retry-After. When done: 303 See Other to the result, which the client fetches with GET.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4
 */
import { z } from '@hono/zod-openapi';
import type { JobRow } from '../../data/rows.ts';
import { found, redirect } from '../../flow/outcomes.ts';
import { json, represent } from '../../flow/respond.ts';
import { words } from '../../flow/trace.ts';
import { defineResource } from '../define.ts';
import { JobSchema } from './report-model.ts';

export function jobView(job: JobRow, now: number) {
  const done = now >= job.doneAt;
  return {
    id: job.id,
    state: done ? 'done' : 'pending',
    league: job.league,
    createdAt: job.createdAt,
    doneAt: new Date(job.doneAt).toISOString(),
    links: { self: `/jobs/${job.id}`, ...(done ? { result: `/reports/${job.report}` } : {}) },
  };
}

export const jobDocument = defineResource({
  path: '/jobs/{job}',
  archetype: 'document',
  tag: 'reports',
  description: 'An asynchronous job. Job 1 finished long ago, in every sandbox.',
  example: '/jobs/1',
  params: z.object({ job: z.string().openapi({ example: '1' }) }),
  cache: 'no-store',
  operations: {
    GET: {
      summary: 'Watch a job: 200 while pending, 303 to the result when done',
      access: 'public',
      statuses: [200, 303, 404],
      responseSchema: JobSchema,
      handler(f) {
        const id = f.param('job');
        const row = /^[1-9]\d{0,9}$/.test(id) ? f.world.get('jobs', id) : undefined;
        const job = found(f, row, words(`job ${id}`, `작업 ${id}`));
        const now = f.rt.now();
        const params = { job: `/jobs/${job.id}`, state: now >= job.doneAt ? 'done' : 'pending' };
        if (now >= job.doneAt) {
          const location = `/reports/${job.report}`;
          return redirect(
            f,
            'job-done',
            true,
            303,
            location,
            'The job is done: GET the result at Location.',
            { 'Cache-Control': 'no-store' },
          );
        }
        const seconds = Math.max(1, Math.ceil((job.doneAt - now) / 1000));
        const pending = words(`pending, about ${seconds}s left`, `대기 중, 약 ${seconds}초 남음`);
        f.answer('job-done', false, pending, { ...params, location: f.path });
        return represent(
          f,
          { json: () => json(jobView(job, now)) },
          { validators: false, headers: { 'Retry-After': String(seconds) } },
        );
      },
    },
  },
});
