/**
 * `/tokens/{id}`: one token, seen only through a token of the same sandbox (to anyone else it
 * does not exist). DELETE revokes it; revoking an editor token ends its sandbox.
 * @see https://www.rfc-editor.org/rfc/rfc7009#section-2
 */
import { z } from '@hono/zod-openapi';
import type { Flow } from '../../flow/flow.ts';
import { found, noContent } from '../../flow/outcomes.ts';
import { json, represent } from '../../flow/respond.ts';
import { words } from '../../flow/trace.ts';
import type { Grant } from '../../sandbox/sandbox-store.ts';
import { defineResource } from '../define.ts';
import { tokenView, TokenSchema } from './token-model.ts';

function load(f: Flow): Grant {
  const id = f.param('id');
  const grant = f.rt.store.grantById(id);
  const visible = grant && f.grant && grant.sandbox === f.grant.sandbox ? grant : undefined;
  return found(
    f,
    visible,
    words(`token ${id}`, `토큰 ${id}`),
    `There is no token ${id} in your sandbox. Tokens are visible only with a token of the same sandbox.`,
  );
}

export const tokenDocument = defineResource({
  path: '/tokens/{id}',
  archetype: 'document',
  tag: 'tokens',
  description: 'One token: its role, its sandbox, how much of the sandbox is used.',
  example: '/tokens/tk-0000000000',
  params: z.object({ id: z.string().openapi({ example: 'tk-3f9a2c7b1e' }) }),
  cache: 'no-store',
  operations: {
    GET: {
      summary: 'Read a token of your sandbox',
      access: 'token',
      statuses: [200, 404],
      responseSchema: TokenSchema,
      handler(f) {
        const grant = load(f);
        return represent(f, { json: () => json(tokenView(grant, f.rt.limits)) }, { validators: false });
      },
    },
    DELETE: {
      summary: 'Revoke a token',
      description:
        'An editor may revoke any token of its sandbox; revoking the editor token removes the sandbox. A viewer may revoke itself.',
      access: 'token',
      statuses: [204, 403, 404],
      handler(f) {
        const grant = load(f);
        if (f.grant?.role === 'viewer' && grant !== f.grant) {
          f.refuse(
            'forbidden',
            words('a viewer may revoke only itself', 'viewer 토큰은 자기 자신만 폐기 가능'),
            { method: 'DELETE', role: 'viewer', reason: 'read-only' },
            {
              code: 'read-only-token',
              detail: 'A viewer token may revoke only itself.',
            },
          );
        }
        f.rt.store.revoke(grant);
        return noContent(f, 'delete-enacted', words(`token ${grant.id} revoked`, `토큰 ${grant.id} 폐기됨`));
      },
    },
  },
});
