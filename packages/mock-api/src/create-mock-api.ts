/**
 * The mock REST API: every resource behind the same decision flow, one error handler, a trace
 * per exchange, and an OpenAPI 3.1 document generated from the resources.
 *
 * The decisions run in `handle`, which takes a `MockRequest` and returns a `Reply`. Two adapters
 * serve it: a Hono app (`app.request()` in tests, any Fetch server) and the mock server's own
 * node:http adapter, which writes replies without building Fetch objects (see apps/api).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import type { Result } from 'hono/router';
import { createSample } from './data/sample.ts';
import { replyNotFound, replyToError } from './flow/error-handlers.ts';
import { handleResource } from './flow/handle-resource.ts';
import type { ResourceHandler } from './flow/handle-resource.ts';
import type { Reply } from './flow/reply.ts';
import { ReadMemo, Walk } from './flow/read-memo.ts';
import { pathOf } from './flow/request.ts';
import type { MockRequest } from './flow/request.ts';
import type { MockEnv, Runtime } from './flow/runtime.ts';
import { checkMethodAndUri } from './flow/uri-rules.ts';
import { docsPage } from './openapi/docs-page.ts';
import { registerResources } from './openapi/register.ts';
import { DEFAULT_JOB_DURATION_MS, resolveLimits } from './options.ts';
import type { MockApiOptions } from './options.ts';
import { toHonoPath } from './resources/define.ts';
import { RESOURCES } from './resources/index.ts';
import { metaResources } from './resources/meta.ts';
import { SandboxStore } from './sandbox/sandbox-store.ts';
import { World } from './sandbox/world.ts';
import type { Trace } from './trace-types.ts';

const DESCRIPTION = [
  'An example REST API for learning HTTP. Every status code has a request that causes it.',
  'Reads need no token and show the shared sample data. POST /tokens gives a token for a sandbox of your own;',
  'send it as "Authorization: Bearer <token>" to change things.',
  'URIs follow the REST API Design Rulebook: a trailing slash answers 308 to the canonical URI;',
  'uppercase, file extensions, underscores and CRUD verbs answer 404 naming the rule.',
  'Errors are application/problem+json (RFC 9457).',
].join(' ');

/** The mock API: its Hono app, and `handle` for adapters that skip Fetch objects. */
export interface MockService {
  app: OpenAPIHono<MockEnv>;
  /**
   * Answers one request and reports it to `onExchange`; `env` is passed along to it. The reply
   * is returned as is when no decision had to wait (most requests without content), and as a
   * promise otherwise; it never throws or rejects.
   */
  handle(req: MockRequest, env?: unknown): Reply | Promise<Reply>;
}

/** The first handler the router found for a path, with its raw path parameters. */
function matchOf(result: Result<ResourceHandler>): [ResourceHandler, Record<string, string>] | undefined {
  const [first] = result[0];
  if (!first) return undefined;
  const [handler, indexes] = first;
  const stash = result[1];
  const params: Record<string, string> = {};
  for (const name in indexes) {
    const at = indexes[name];
    params[name] = stash ? (stash[at as number] ?? '') : String(at);
  }
  return [handler, params];
}

/**
 * Creates the mock API with both of its faces.
 * @example
 * const { app, handle } = createMockService({ onExchange: ({ trace }) => console.log(trace.steps) });
 * const res = await app.request('/users/1');
 * @see https://www.rfc-editor.org/rfc/rfc9110
 */
export function createMockService(options: MockApiOptions = {}): MockService {
  const clock = options.now ?? Date.now;
  const limits = resolveLimits(options.limits);
  const base = createSample();
  const store = new SandboxStore(limits, clock);
  const rt: Runtime = {
    base,
    shared: new World(base, undefined),
    store,
    limits,
    // A walk that reads the clock depends on when it ran, so its answer is not kept.
    now: () => {
      if (rt.walk) rt.walk.volatile = true;
      return clock();
    },
    jobDurationMs: options.jobDurationMs ?? DEFAULT_JOB_DURATION_MS,
    teacherToken: options.teacherToken,
    walk: undefined,
  };
  const memo = options.memo === false ? undefined : new ReadMemo(store);
  const app = new OpenAPIHono<MockEnv>();
  const document = () =>
    app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Teapot mock REST API', version: '1.0.0', description: DESCRIPTION },
      servers: [{ url: options.baseUrl ?? '/' }],
    });
  const resources = [...RESOURCES, ...metaResources(document, docsPage)];
  const router = new RegExpRouter<ResourceHandler>();
  for (const resource of resources) router.add('ALL', toHonoPath(resource.path), handleResource(resource, rt));
  registerResources(app, resources);

  // Learners ask for the same few paths again and again; the routing of each is kept (bounded).
  const routed = new Map<string, ReturnType<typeof matchOf>>();
  const route = (path: string) => {
    if (routed.has(path)) return routed.get(path);
    if (routed.size >= 1024) routed.clear();
    const match = matchOf(router.match('ALL', path));
    routed.set(path, match);
    return match;
  };

  const onExchange = options.onExchange;
  function decide(req: MockRequest, path: string, trace: Trace): Reply | Promise<Reply> {
    const early = checkMethodAndUri(req, path, trace);
    if (early) return early;
    const match = route(path);
    if (!match) return replyNotFound(path, trace);
    return match[0](req, path, match[1], trace);
  }
  function walk(req: MockRequest, env: unknown, key: string | undefined): Reply | Promise<Reply> {
    const trace: Trace = { steps: [], status: 0 };
    const path = pathOf(req.url);
    const done = (reply: Reply): Reply => {
      trace.status = reply.status;
      onExchange?.({ trace, request: req, reply, env });
      return reply;
    };
    const failed = (err: unknown): Reply => done(replyToError(err, path, trace));
    // Only a walk the memo may keep records what it reads.
    const inputs = key === undefined ? undefined : new Walk(req);
    rt.walk = inputs;
    let decided: Reply | Promise<Reply>;
    try {
      decided = decide(inputs ?? req, path, trace);
    } catch (err) {
      decided = replyToError(err, path, trace);
    } finally {
      rt.walk = undefined;
    }
    // A walk that waited is never kept: what it read may have changed while it waited.
    if (decided instanceof Promise) return decided.then(done, failed);
    const reply = done(decided);
    if (inputs && key !== undefined) memo?.keep(key, inputs, reply, trace);
    return reply;
  }
  function handle(req: MockRequest, env?: unknown): Reply | Promise<Reply> {
    const key = memo?.keyOf(req);
    if (key !== undefined) {
      const kept = memo?.find(key, req);
      if (kept) {
        onExchange?.({ trace: kept.trace, request: req, reply: kept.reply, env });
        return kept.reply;
      }
    }
    return walk(req, env, key);
  }

  app.all('*', async (c) => {
    const reply = await handle(
      { method: c.req.method, url: c.req.url, header: (name) => c.req.header(name), text: () => c.req.text() },
      c.env,
    );
    return reply.toResponse();
  });
  return { app, handle };
}

/**
 * Creates the mock API as a Hono app.
 * @example
 * const app = createMockApi({ onExchange: ({ trace }) => console.log(trace.steps) });
 * const res = await app.request('/users/1');
 */
export function createMockApi(options: MockApiOptions = {}): OpenAPIHono<MockEnv> {
  return createMockService(options).app;
}
