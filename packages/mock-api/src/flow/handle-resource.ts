/**
 * The route handler of one resource: the shared gates in Webmachine's order (method allowed,
 * OPTIONS, authorized, forbidden, content size and type, acceptable), then the operation's
 * own decisions (exists, moved, preconditions, content, conflict, created...).
 * @see https://github.com/webmachine/webmachine/wiki/Diagram
 */
import type { Handler } from 'hono';
import { allowedMethods, toHonoPath } from '../resources/define.ts';
import type { ResourceDef } from '../resources/define.ts';
import { chooseRepresentation } from './accept-gate.ts';
import { authorize } from './authorize.ts';
import { readContent } from './content-gate.ts';
import { Flow } from './flow.ts';
import { checkMethod } from './method-gate.ts';
import type { MockEnv, Runtime } from './runtime.ts';

/**
 * Builds the Hono handler that walks one resource's decisions.
 * @example app.all('/users/:id', handleResource(userDocument, runtime))
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.1
 */
export function handleResource(resource: ResourceDef, rt: Runtime): Handler<MockEnv> {
  const route = toHonoPath(resource.path);
  const allow = allowedMethods(resource);
  const allowValue = allow.join(', ');
  return async function resourceFlow(c) {
    const trace = c.get('trace');
    trace.route = route;
    const f = new Flow(c, trace, resource, rt);
    f.pass('route-matched', `${f.path} ↦ ${route}`, { path: f.path, route });
    checkMethod(f, allow, allowValue);
    authorize(f);
    await readContent(f);
    chooseRepresentation(f);
    // checkMethod guarantees an operation for every method that gets this far.
    return f.op ? f.op.handler(f) : c.notFound();
  };
}
