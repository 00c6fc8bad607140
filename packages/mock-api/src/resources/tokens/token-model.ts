/** How a token shows itself: never the secret, only its id, role, sandbox and limits. */
import { z } from '@hono/zod-openapi';
import type { SandboxLimits } from '../../sandbox/limits.ts';
import type { Grant } from '../../sandbox/sandbox-store.ts';

export const TokenSchema = z
  .object({
    id: z.string(),
    role: z.enum(['editor', 'viewer']),
    sandbox: z.string(),
    createdAt: z.string(),
    idleTimeoutSeconds: z.number(),
  })
  .catchall(z.unknown())
  .openapi('Token');

export function tokenView(grant: Grant, limits: SandboxLimits) {
  const sandbox = grant.sandbox;
  return {
    id: grant.id,
    role: grant.role,
    sandbox: sandbox.id,
    createdAt: new Date(grant.createdAt).toISOString(),
    lastUsedAt: new Date(sandbox.lastUsedAt).toISOString(),
    idleTimeoutSeconds: Math.round(limits.idleMs / 1000),
    usage: { records: sandbox.records, bytes: sandbox.bytes },
    limits: { maxRecords: limits.maxRecords, maxBytes: limits.maxBytes, maxBodyBytes: limits.maxBodyBytes },
    links: { self: `/tokens/${grant.id}` },
  };
}
