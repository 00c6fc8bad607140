/** `/`: the entry point, linking to every collection and to the documentation. */
import { z } from '@hono/zod-openapi';
import { json, represent } from '../flow/respond.ts';
import { defineResource } from './define.ts';

const INDEX = {
  name: 'Teapot mock REST API',
  description:
    'An example REST API to explore with raw HTTP. Reading needs no token; changing needs one from POST /tokens.',
  links: {
    users: '/users',
    leagues: '/leagues',
    games: '/games',
    tickets: '/box-office/tickets',
    weather: '/weather',
    delays: '/delays/2',
    tokens: '/tokens',
    openapi: '/openapi.json',
    docs: '/docs',
  },
} as const;

const body = json(INDEX);

export const root = defineResource({
  path: '/',
  archetype: 'document',
  tag: 'meta',
  description: 'The entry point of the API.',
  example: '/',
  cache: 'static',
  operations: {
    GET: {
      summary: 'Where to start',
      access: 'public',
      statuses: [200, 304, 412],
      responseSchema: z.object({ name: z.string(), links: z.record(z.string(), z.string()) }),
      handler: (f) => represent(f, { json: () => body }, { cacheKey: INDEX }),
    },
  },
});
