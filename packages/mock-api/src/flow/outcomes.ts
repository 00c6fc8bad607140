/**
 * The endings of a request that changed or pointed somewhere: 201, 202, 200/204 after a
 * change, and redirects. Each records the decision that settled it.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.3
 */
import type { DecisionId } from '../trace-types.ts';
import type { Flow } from './flow.ts';
import type { Reply } from './reply.ts';
import { json, send } from './respond.ts';
import { factEn, mapFact, words } from './trace.ts';
import type { Fact } from './trace.ts';

type Headers = Record<string, string>;

/**
 * The target must exist; 404 otherwise, saying whether the sandbox deleted it. `what` names it
 * in English and Korean; the problem detail uses the English.
 * @example const user = found(flow, world.get('users', id), words(`user ${id}`, `사용자 ${id}`))
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5
 */
export function found<T>(f: Flow, row: T | undefined, what: Fact, detail?: string): T {
  const sandbox = f.sandboxName;
  const params = { resource: f.path, sandbox };
  if (row === undefined) {
    const where = f.world.sandbox ? ` in your sandbox (${sandbox})` : '';
    const absent = mapFact(what, (w) => `${w} ∉ ${sandbox}`);
    f.refuse('resource-exists', absent, params, {
      code: 'not-found',
      detail: detail ?? `There is no ${factEn(what)}${where}.`,
    });
  }
  const present = mapFact(what, (w) => `${w} ∈ ${sandbox}`);
  f.pass('resource-exists', present, params);
  return row;
}

/**
 * 201 Created: Location names the new resource, and the content is its representation.
 * @example return created(flow, '/users/13', user)
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2
 */
export function created(f: Flow, location: string, value: unknown, headers: Headers = {}): Reply {
  f.settle('created', true, words(`created ${location}`, `${location} 생성됨`), { location }, 201);
  return send(f, 201, json(value), {
    'Content-Type': 'application/json',
    Location: location,
    'Content-Location': location,
    ...headers,
  });
}

/**
 * 202 Accepted: the work runs later; Location is where to watch it.
 * @example return accepted(flow, '/jobs/2', job)
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3
 */
export function accepted(f: Flow, location: string, value: unknown): Reply {
  f.settle(
    'accepted',
    true,
    words(`job queued at ${location}`, `${location}에 작업 등록됨`),
    { job: location, location },
    202,
  );
  return send(f, 202, json(value), {
    'Content-Type': 'application/json',
    Location: location,
    'Cache-Control': 'no-store',
  });
}

/**
 * 200 with the new state after a change (no validators: see RFC 9110 on PUT).
 * @example return changed(flow, user)
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.3.4
 */
export function changed(f: Flow, value: unknown, headers: Headers = {}): Reply {
  f.settle(
    'response-has-body',
    true,
    words('200 with the new state', '200, 새 상태를 본문에 담음'),
    { chosen: 'application/json' },
    200,
  );
  return send(f, 200, json(value), {
    'Content-Type': 'application/json',
    'Content-Location': f.path,
    ...headers,
  });
}

/**
 * 204 No Content, settled by `decision` (delete-enacted, response-has-body).
 * @example return noContent(flow, 'delete-enacted', words('user 2 deleted', '사용자 2 삭제됨'))
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5
 */
export function noContent(f: Flow, decision: DecisionId, fact: Fact, headers: Headers = {}): Reply {
  f.settle(decision, decision !== 'response-has-body', fact, { resource: f.path }, 204);
  return send(f, 204, null, headers);
}

/**
 * A redirect with Location and a one-line JSON body saying where to go.
 * @example return redirect(flow, 'moved-permanently', 301, '/users/1')
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2
 */
export function redirect(
  f: Flow,
  decision: DecisionId,
  passed: boolean,
  status: 301 | 303 | 307,
  location: string,
  note: string,
  headers: Headers = {},
): Reply {
  f.settle(decision, passed, `${f.path} → ${location}`, { resource: f.path, location }, status);
  return send(f, status, json({ location, note }), {
    'Content-Type': 'application/json',
    Location: location,
    ...headers,
  });
}
