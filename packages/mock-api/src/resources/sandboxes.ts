/**
 * `/sandboxes`: the teacher's view of every live sandbox. A learner's token is valid but not
 * enough (403); no token at all is 401.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4
 */
import { z } from '@hono/zod-openapi';
import { json, represent } from '../flow/respond.ts';
import { words } from '../flow/trace.ts';
import { defineResource } from './define.ts';

export const sandboxesCollection = defineResource({
  path: '/sandboxes',
  archetype: 'collection',
  tag: 'tokens',
  description: "Every live sandbox, for the teacher's token only.",
  example: '/sandboxes',
  cache: 'no-store',
  operations: {
    GET: {
      summary: 'List live sandboxes (teacher only)',
      access: 'teacher',
      statuses: [200],
      responseSchema: z.object({
        items: z.array(z.object({ id: z.string() }).catchall(z.unknown())),
        total: z.number(),
      }),
      handler(f) {
        const items = [...f.rt.store.sandboxes()].map((s) => ({
          id: s.id,
          createdAt: new Date(s.createdAt).toISOString(),
          lastUsedAt: new Date(s.lastUsedAt).toISOString(),
          records: s.records,
          bytes: s.bytes,
          tokens: s.grants.length,
        }));
        const fact = words(`${items.length} live sandboxes`, `활성 샌드박스 ${items.length}개`);
        f.pass('resource-exists', fact, { resource: f.path, sandbox: 'shared' });
        return represent(f, { json: () => json({ items, total: items.length }) }, { validators: false });
      },
    },
  },
});
