/**
 * `/delays/{seconds}`: a response that takes its time, for watching a slow server from the
 * client's side (the playground's progress, a client's timeout). The wait is the learner's to
 * choose, from 0 to 10 seconds; anything longer names no resource here (404), so a learner can
 * never hold a connection for longer than that.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1
 */
import { z } from '@hono/zod-openapi';
import { json, represent } from '../flow/respond.ts';
import { words } from '../flow/trace.ts';
import { defineResource } from './define.ts';

/** The longest wait a learner can ask for, in seconds. */
export const MAX_DELAY_SECONDS = 10;

/** Whole or decimal seconds, at most three decimals: `2`, `0.5`, `10`. */
const SECONDS = /^\d{1,2}(?:\.\d{1,3})?$/;

/** The wait in milliseconds that `/delays/{value}` asks for, or `undefined` when there is no such resource. */
export function delayOf(value: string): number | undefined {
  if (!SECONDS.test(value)) return undefined;
  const seconds = Number(value);
  return seconds <= MAX_DELAY_SECONDS ? Math.round(seconds * 1000) : undefined;
}

export const delayDocument = defineResource({
  path: '/delays/{seconds}',
  archetype: 'document',
  tag: 'delays',
  description: `A response sent after the given number of seconds (0 to ${MAX_DELAY_SECONDS}, decimals allowed).`,
  example: '/delays/2',
  params: z.object({
    seconds: z.string().openapi({ description: `Seconds to wait, 0 to ${MAX_DELAY_SECONDS}`, example: '2' }),
  }),
  cache: 'no-store',
  operations: {
    GET: {
      summary: 'Wait, then answer',
      access: 'public',
      statuses: [200, 404],
      responseSchema: z.object({ seconds: z.number(), waitedMs: z.number() }),
      async handler(f) {
        const value = f.param('seconds');
        const ms = delayOf(value);
        if (ms === undefined) {
          return f.refuse(
            'resource-exists',
            words(`delay ${value} ∉ 0..${MAX_DELAY_SECONDS} s`, `지연 ${value} ∉ 0..${MAX_DELAY_SECONDS}초`),
            { resource: f.path, sandbox: f.sandboxName },
            {
              code: 'not-found',
              detail: `There is no delay "${value}". Delays go from 0 to ${MAX_DELAY_SECONDS} seconds, e.g. /delays/2 or /delays/0.5.`,
            },
          );
        }
        const fact = words(
          `delay ${ms / 1000} s ∈ 0..${MAX_DELAY_SECONDS} s`,
          `지연 ${ms / 1000}초 ∈ 0..${MAX_DELAY_SECONDS}초`,
        );
        f.pass('resource-exists', fact, { resource: f.path, sandbox: f.sandboxName });
        const started = Date.now();
        await new Promise((resolve) => setTimeout(resolve, ms));
        const body = json({ seconds: ms / 1000, waitedMs: Date.now() - started });
        return represent(f, { json: () => body }, { validators: false });
      },
    },
  },
});
