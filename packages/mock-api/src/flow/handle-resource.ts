/**
 * The route handler of one resource: the shared gates in Webmachine's order (method allowed,
 * OPTIONS, authorized, forbidden, content size and type, acceptable), then the operation's
 * own decisions (exists, moved, preconditions, content, conflict, created...).
 * @see https://github.com/webmachine/webmachine/wiki/Diagram
 */
import { allowedMethods, toHonoPath } from '../resources/define.ts';
import type { ResourceDef } from '../resources/define.ts';
import { chooseRepresentation } from './accept-gate.ts';
import { authorize } from './authorize.ts';
import { readContent } from './content-gate.ts';
import { Flow } from './flow.ts';
import { checkMethod } from './method-gate.ts';
import type { Reply } from './reply.ts';
import type { MockRequest } from './request.ts';
import type { Runtime } from './runtime.ts';
import type { Trace } from '../trace-types.ts';

/**
 * Walks one matched request through its resource's decisions. The answer comes synchronously
 * when nothing had to wait (no content to read, no slow operation), so most reads never touch
 * the microtask queue; refusals may be thrown synchronously too.
 */
export type ResourceHandler = (
  req: MockRequest,
  path: string,
  params: Record<string, string>,
  trace: Trace,
) => Reply | Promise<Reply>;

/**
 * Builds the handler that walks one resource's decisions.
 * @example router.add('ALL', '/users/:id', handleResource(userDocument, runtime))
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.1
 */
export function handleResource(resource: ResourceDef, rt: Runtime): ResourceHandler {
  const route = toHonoPath(resource.path);
  const allow = allowedMethods(resource);
  const allowValue = allow.join(', ');
  const decideRest = (f: Flow): Reply | Promise<Reply> => {
    chooseRepresentation(f);
    // checkMethod refuses every method without an operation, so this never throws.
    if (!f.op) throw new Error(`no operation for ${f.method} ${route}`);
    return f.op.handler(f);
  };
  // State outside a sandbox (tokens, the sandbox list, the clock): never answered from the memo.
  const volatile = resource.cache === 'no-store';
  return function resourceFlow(req, path, params, trace) {
    if (volatile && rt.walk) rt.walk.volatile = true;
    trace.route = route;
    const f = new Flow(req, path, params, trace, resource, rt);
    f.pass('route-matched', `${f.path} ↦ ${route}`, { path: f.path, route });
    checkMethod(f, allow, allowValue);
    authorize(f);
    if (f.op?.body) return readContent(f).then(() => decideRest(f));
    return decideRest(f);
  };
}
