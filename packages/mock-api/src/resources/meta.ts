/** The API describing itself: `/openapi.json` (OpenAPI 3.1) and `/docs` (HTML). */
import { z } from '@hono/zod-openapi';
import { json, represent } from '../flow/respond.ts';
import { defineResource } from './define.ts';
import type { ResourceDef } from './define.ts';

/**
 * The two meta resources; `document` builds the OpenAPI document once, on first use.
 * @example metaResources(() => app.getOpenAPI31Document(config), docsPage)
 * @see https://spec.openapis.org/oas/v3.1.0#openapi-document
 */
export function metaResources(document: () => object, page: (doc: object) => string): ResourceDef[] {
  let cached: { doc: object; json: string; html: string } | undefined;
  // Renderings are cached per frozen key; the document never changes once built.
  const key = Object.freeze({});
  const load = () => {
    if (!cached) {
      const doc = document();
      cached = { doc, json: json(doc), html: page(doc) };
    }
    return cached;
  };
  const openapi = defineResource({
    path: '/openapi.json',
    archetype: 'meta',
    tag: 'meta',
    description: 'This API described in OpenAPI 3.1, generated from the code that serves it.',
    example: '/openapi.json',
    cache: 'static',
    operations: {
      GET: {
        summary: 'The OpenAPI document',
        access: 'public',
        statuses: [200, 304, 412],
        responseSchema: z.object({ openapi: z.string() }).catchall(z.unknown()),
        handler: (f) => represent(f, { json: () => load().json }, { cacheKey: key }),
      },
    },
  });
  const docs = defineResource({
    path: '/docs',
    archetype: 'meta',
    tag: 'meta',
    description: 'Human-readable documentation, rendered from the OpenAPI document.',
    example: '/docs',
    representations: ['html'],
    cache: 'static',
    operations: {
      GET: {
        summary: 'The documentation page',
        access: 'public',
        statuses: [200, 304, 412],
        handler: (f) =>
          represent(
            f,
            { html: () => load().html },
            {
              cacheKey: key,
              headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" },
            },
          ),
      },
    },
  });
  return [openapi, docs];
}
