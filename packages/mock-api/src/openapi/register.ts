/**
 * Writes every resource's operations into the OpenAPI registry, so that `/openapi.json` is
 * generated from the same definitions that serve requests: paths, methods (HEAD and OPTIONS
 * included), content types, and every status code each operation can return.
 * @see https://spec.openapis.org/oas/v3.1.0#paths-object
 */
import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MockEnv } from '../flow/runtime.ts';
import { allowedMethods, MEDIA_TYPES, producesOf } from '../resources/define.ts';
import type { OpMethod, ResourceDef } from '../resources/define.ts';
import { statusesOf } from './statuses.ts';
import { statusText } from './status-text.ts';

const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
  })
  .catchall(z.unknown())
  .openapi('Problem', {
    description: 'RFC 9457 problem details, with extension members such as errors, allow, available.',
  });

const HEADER_OF: Partial<
  Record<number, Record<string, { description: string; schema: { type: 'string' } }>>
> = {
  201: { Location: { description: 'URI of the new resource', schema: { type: 'string' } } },
  202: { Location: { description: 'URI of the job to poll', schema: { type: 'string' } } },
  204: {},
  301: { Location: { description: 'The new permanent URI', schema: { type: 'string' } } },
  303: { Location: { description: 'Where the result is', schema: { type: 'string' } } },
  307: { Location: { description: 'Where to repeat the same request, for now', schema: { type: 'string' } } },
  401: { 'WWW-Authenticate': { description: 'Bearer realm="teapot"', schema: { type: 'string' } } },
  405: { Allow: { description: 'The methods the resource supports', schema: { type: 'string' } } },
};

function responseFor(def: ResourceDef, method: string, status: number) {
  const description = statusText(status) ?? String(status);
  const headers = HEADER_OF[status];
  if (status === 204 || status === 304 || (method === 'HEAD' && status < 300))
    return { description, ...(headers ? { headers } : {}) };
  if (status >= 400)
    return {
      description,
      content: { 'application/problem+json': { schema: Problem } },
      ...(headers ? { headers } : {}),
    };
  if (status >= 300) return { description, ...(headers ? { headers } : {}) };
  const opMethod = (method === 'HEAD' ? 'GET' : method) as OpMethod;
  const schema = def.operations[opMethod]?.responseSchema ?? z.unknown();
  const content: Record<string, { schema: z.ZodType }> = {};
  for (const kind of producesOf(def, opMethod))
    content[MEDIA_TYPES[kind].essence] = { schema: kind === 'json' ? schema : z.string() };
  return { description, content, ...(headers ? { headers } : {}) };
}

function operationId(method: string, path: string): string {
  const words = path.split(/[/{}-]+/).filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('');
}

/**
 * Registers each resource's operations in the app's OpenAPI registry.
 * @example registerResources(app, RESOURCES)
 * @see https://spec.openapis.org/oas/v3.1.0#operation-object
 */
export function registerResources(app: OpenAPIHono<MockEnv>, resources: readonly ResourceDef[]): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token from POST /tokens. Reads work without one; writes need one.',
  });
  for (const def of resources) {
    for (const method of allowedMethods(def)) {
      const opMethod = (method === 'HEAD' || method === 'OPTIONS' ? 'GET' : method) as OpMethod;
      const op = method === 'OPTIONS' ? undefined : def.operations[opMethod];
      const body = method === 'HEAD' ? undefined : op?.body;
      app.openAPIRegistry.registerPath({
        method: method.toLowerCase() as 'get',
        path: def.path,
        tags: [def.tag],
        operationId: operationId(method, def.path),
        summary:
          method === 'OPTIONS'
            ? 'Allowed methods (Allow)'
            : method === 'HEAD'
              ? `${op?.summary ?? ''} (headers only)`
              : (op?.summary ?? ''),
        description: [def.description, op?.description, `Archetype: ${def.archetype}.`]
          .filter(Boolean)
          .join(' '),
        ...(op && op.access !== 'public' ? { security: [{ bearer: [] }] } : {}),
        request: {
          ...(def.params ? { params: def.params } : {}),
          ...(op?.query && method !== 'OPTIONS' ? { query: op.query } : {}),
          ...(body
            ? {
                body: {
                  required: body.required,
                  content: Object.fromEntries(body.types.map((t) => [t, { schema: body.schema }])),
                },
              }
            : {}),
        },
        responses: Object.fromEntries(
          statusesOf(def, method).map((s) => [String(s), responseFor(def, method, s)]),
        ),
      });
    }
  }
}
