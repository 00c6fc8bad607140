/**
 * The mock REST API as a Hono app: every resource behind the same decision flow, one error
 * handler, a trace per exchange, and an OpenAPI 3.1 document generated from the resources.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { createSample } from './data/sample.ts';
import { onMockError, onMockNotFound } from './flow/error-handlers.ts';
import { handleResource } from './flow/handle-resource.ts';
import type { MockEnv, Runtime } from './flow/runtime.ts';
import { recordExchange } from './flow/trace.ts';
import { uriRules } from './flow/uri-rules.ts';
import { docsPage } from './openapi/docs-page.ts';
import { registerResources } from './openapi/register.ts';
import { DEFAULT_JOB_DURATION_MS, resolveLimits } from './options.ts';
import type { MockApiOptions } from './options.ts';
import { toHonoPath } from './resources/define.ts';
import { RESOURCES } from './resources/index.ts';
import { metaResources } from './resources/meta.ts';
import { SandboxStore } from './sandbox/sandbox-store.ts';
import { World } from './sandbox/world.ts';

const DESCRIPTION = [
  'An example REST API for learning HTTP. Every status code has a request that causes it.',
  'Reads need no token and show the shared sample data. POST /tokens gives a token for a sandbox of your own;',
  'send it as "Authorization: Bearer <token>" to change things.',
  'URIs follow the REST API Design Rulebook: a trailing slash answers 308 to the canonical URI;',
  'uppercase, file extensions, underscores and CRUD verbs answer 404 naming the rule.',
  'Errors are application/problem+json (RFC 9457).',
].join(' ');

/**
 * Creates the mock API app.
 * @example
 * const app = createMockApi({ onExchange: ({ trace }) => console.log(trace.steps) });
 * const res = await app.request('/users/1');
 * @see https://www.rfc-editor.org/rfc/rfc9110
 */
export function createMockApi(options: MockApiOptions = {}) {
  const now = options.now ?? Date.now;
  const limits = resolveLimits(options.limits);
  const base = createSample();
  const rt: Runtime = {
    base,
    shared: new World(base, undefined),
    store: new SandboxStore(limits, now),
    limits,
    now,
    jobDurationMs: options.jobDurationMs ?? DEFAULT_JOB_DURATION_MS,
    teacherToken: options.teacherToken,
  };
  const app = new OpenAPIHono<MockEnv>();
  app.use('*', recordExchange(options));
  app.use('*', uriRules());

  const document = () =>
    app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Teapot mock REST API', version: '1.0.0', description: DESCRIPTION },
      servers: [{ url: options.baseUrl ?? '/' }],
    });
  const resources = [...RESOURCES, ...metaResources(document, docsPage)];
  for (const resource of resources) app.all(toHonoPath(resource.path), handleResource(resource, rt));
  registerResources(app, resources);

  app.notFound(onMockNotFound);
  app.onError(onMockError);
  return app;
}
