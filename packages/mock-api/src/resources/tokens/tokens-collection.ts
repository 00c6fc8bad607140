/**
 * `/tokens`: POST issues a bearer token bound to a fresh sandbox (a private copy of the sample
 * data). `{"role":"viewer"}` gives a read-only token; sent with a valid token, the viewer
 * token reads that token's sandbox (to share it), otherwise a fresh one.
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
import { z } from '@hono/zod-openapi';
import { validate, parseJson } from '../../flow/json-body.ts';
import { created } from '../../flow/outcomes.ts';
import { defineResource } from '../define.ts';
import { tokenView, TokenSchema } from './token-model.ts';

const TokenRequest = z
  .strictObject({ role: z.enum(['editor', 'viewer']).optional() })
  .openapi('TokenRequest', { example: { role: 'editor' } });

export const tokensCollection = defineResource({
  path: '/tokens',
  archetype: 'collection',
  tag: 'tokens',
  description:
    'Bearer tokens. Each editor token owns a sandbox: a private, copy-on-write view of the sample data.',
  example: '/tokens',
  cache: 'no-store',
  operations: {
    POST: {
      summary: 'Get a token (and a fresh sandbox)',
      description:
        'No content, {} or {"role":"editor"} gives an editor token; {"role":"viewer"} a read-only one.',
      access: 'public',
      body: { types: ['application/json'], required: false, schema: TokenRequest },
      statuses: [201, 400, 422],
      responseSchema: TokenSchema.extend({ token: z.string(), tokenType: z.literal('Bearer') }),
      handler(f) {
        const input = f.bodyText.trim() === '' ? {} : validate(f, TokenRequest, parseJson(f));
        const role = input.role ?? 'editor';
        const into = role === 'viewer' ? f.grant?.sandbox : undefined;
        const grant = f.rt.store.issue(role, into);
        f.trace.sandbox = grant.sandbox.id;
        const body = { token: grant.token, tokenType: 'Bearer', ...tokenView(grant, f.rt.limits) };
        return created(f, `/tokens/${grant.id}`, body, { 'Cache-Control': 'no-store' });
      },
    },
  },
});
