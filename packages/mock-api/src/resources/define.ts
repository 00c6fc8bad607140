/**
 * How a resource is described: its URI template, its Rulebook archetype, its representations,
 * and one operation per method. The same description drives the request flow, the OpenAPI
 * document and the Allow header, so they cannot disagree.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-3.1
 */
import type { z } from '@hono/zod-openapi';
import type { Flow } from '../flow/flow.ts';
import type { Reply } from '../flow/reply.ts';

export type OpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type MediaKind = 'json' | 'csv' | 'html';

/** The Rulebook's four archetypes, plus redirects and the API's own documents. */
export type Archetype = 'document' | 'collection' | 'store' | 'controller' | 'redirect' | 'meta';

/**
 * Who may call an operation: `public` (anyone; a token selects a sandbox), `token` (any valid
 * token), `editor` (a token that may write), `teacher` (the teacher's token).
 */
export type Access = 'public' | 'token' | 'editor' | 'teacher';

/** `data`: sample data publicly cacheable, sandbox data private; `static`: never changes; `no-store`. */
export type CachePolicy = 'data' | 'static' | 'no-store';

export interface BodySpec {
  /** Media types accepted (essence only), in order of preference. */
  types: readonly string[];
  required: boolean;
  /** The content's schema, for the OpenAPI document. */
  schema: z.ZodType;
}

export interface Operation {
  summary: string;
  description?: string;
  access: Access;
  body?: BodySpec;
  /** Representations the response may take; by default GET offers the resource's, DELETE none, others JSON. */
  produces?: readonly MediaKind[];
  /** Statuses the handler itself can settle on (the shared gates add theirs). */
  statuses: readonly number[];
  /** Query parameters, for the OpenAPI document. */
  query?: z.ZodObject;
  /** The JSON shape of a successful response, for the OpenAPI document. */
  responseSchema?: z.ZodType;
  /** Updates must carry If-Match or If-Unmodified-Since (428 otherwise). */
  requiresPrecondition?: boolean;
  handler: (flow: Flow) => Reply | Promise<Reply>;
}

export interface ResourceDef {
  /** URI template in OpenAPI form, e.g. `/users/{id}`. */
  path: `/${string}`;
  archetype: Archetype;
  tag: string;
  description: string;
  /** A concrete URI of this resource in the sample data, e.g. `/users/1`. */
  example: string;
  /** Path parameters, for the OpenAPI document. */
  params?: z.ZodObject;
  /** Representations of GET, in the server's order of preference. Default: JSON only. */
  representations?: readonly MediaKind[];
  cache: CachePolicy;
  operations: Partial<Record<OpMethod, Operation>>;
}

/** Declares a resource (an identity function that checks the shape). */
export function defineResource(def: ResourceDef): ResourceDef {
  return def;
}

export const MEDIA_TYPES = {
  json: { essence: 'application/json', contentType: 'application/json' },
  csv: { essence: 'text/csv', contentType: 'text/csv; charset=utf-8' },
  html: { essence: 'text/html', contentType: 'text/html; charset=utf-8' },
} as const satisfies Record<MediaKind, { essence: string; contentType: string }>;

const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/**
 * The methods a resource allows, in a conventional order: HEAD wherever GET is, OPTIONS always.
 * @example allowedMethods({ operations: { GET: op, POST: op } }) // ['GET', 'HEAD', 'POST', 'OPTIONS']
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1
 */
export function allowedMethods(def: Pick<ResourceDef, 'operations'>): string[] {
  return METHOD_ORDER.filter(
    (m) => m === 'OPTIONS' || (m === 'HEAD' ? def.operations.GET : def.operations[m]),
  );
}

/** What the response of an operation may be, as media kinds. */
export function producesOf(def: ResourceDef, method: OpMethod): readonly MediaKind[] {
  const op = def.operations[method];
  if (op?.produces) return op.produces;
  if (method === 'GET') return def.representations ?? ['json'];
  return method === 'DELETE' ? [] : ['json'];
}

/** `/users/{id}` → `/users/:id` for Hono's router. */
export function toHonoPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}
