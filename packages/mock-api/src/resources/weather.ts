/**
 * `/weather`: match-day weather from a backing service that is down. The handler really
 * fails, and the one error handler turns the failure into a 500 problem detail that says
 * nothing about the code or the service behind it.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1
 */
import { z } from '@hono/zod-openapi';
import { words } from '../flow/trace.ts';
import { defineResource } from './define.ts';

/** The weather station this resource depends on: it refuses every connection. */
function fetchFromStation(): never {
  throw new Error('connect ECONNREFUSED weather-station.internal:7000');
}

export const weather = defineResource({
  path: '/weather',
  archetype: 'document',
  tag: 'weather',
  description: 'Match-day weather. Its backing service is down, so GET shows a genuine 500.',
  example: '/weather',
  cache: 'no-store',
  operations: {
    GET: {
      summary: 'Read the weather (always fails: the station is down)',
      access: 'public',
      statuses: [500],
      responseSchema: z.object({ temperature: z.number() }),
      handler(f) {
        const fact = words(
          '/weather is defined; asking the weather station',
          '/weather 정의됨, 기상 관측소에 요청 중',
        );
        f.pass('resource-exists', fact, { resource: f.path, sandbox: f.sandboxName });
        return fetchFromStation();
      },
    },
  },
});
