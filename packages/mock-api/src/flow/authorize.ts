/**
 * authorized (401) and forbidden (403). A Bearer token selects the learner's sandbox; without
 * one, the shared sample data can be read but not changed. A token that no longer works gets
 * 401 with `error="invalid_token"` and a plain account of what happened to its sandbox.
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3
 */
import { World } from '../sandbox/world.ts';
import type { TokenLookup } from '../sandbox/sandbox-store.ts';
import type { Flow } from './flow.ts';

const REALM = 'Bearer realm="teapot"';
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
const NEW_TOKEN = 'Get a new token with POST /tokens (no Authorization header needed).';

/** A duration for people: "2 hours", "1 minute", "30 seconds". */
function duration(ms: number): string {
  const hours = ms / 3_600_000;
  if (Number.isInteger(hours) && hours >= 1) return `${hours} hour${hours === 1 ? '' : 's'}`;
  if (ms < 60_000) {
    const seconds = Math.max(1, Math.round(ms / 1000));
    return `${seconds} second${seconds === 1 ? '' : 's'}`;
  }
  const minutes = Math.round(ms / 60_000);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function goneDetail(
  lookup: Exclude<TokenLookup, { ok: true }>,
  idleMs: number,
): { reason: string; detail: string; fact: string } {
  switch (lookup.reason) {
    case 'idle':
      return {
        reason: 'evicted-idle',
        fact: `sandbox ${lookup.sandbox} evicted: idle > ${duration(idleMs)}`,
        detail: `Your sandbox ${lookup.sandbox} was removed because it was not used for ${duration(idleMs)}, and your changes in it are gone. ${NEW_TOKEN}`,
      };
    case 'capacity':
      return {
        reason: 'evicted-capacity',
        fact: `sandbox ${lookup.sandbox} evicted: server at its sandbox limit`,
        detail: `Your sandbox ${lookup.sandbox} was removed to make room for newer ones (the server keeps a limited number, and yours was the least recently used). ${NEW_TOKEN}`,
      };
    case 'replaced':
      return {
        reason: 'viewer-replaced',
        fact: `viewer token replaced (sandbox ${lookup.sandbox})`,
        detail: `This viewer token was replaced: a sandbox keeps its newest viewer tokens only, and newer ones have been issued since. Ask for a new viewer token, or ${NEW_TOKEN.charAt(0).toLowerCase()}${NEW_TOKEN.slice(1)}`,
      };
    case 'revoked':
      return {
        reason: 'revoked',
        fact: `token revoked (sandbox ${lookup.sandbox})`,
        detail: `This token was revoked with DELETE /tokens/{id}. ${NEW_TOKEN}`,
      };
    default:
      return {
        reason: 'unknown',
        fact: 'token not recognized',
        detail: `This server never issued this token, or has restarted since. ${NEW_TOKEN}`,
      };
  }
}

/**
 * Works out who is asking, picks the world they act on, and refuses with 401 or 403.
 * @example authorize(flow) // flow.world is now the sandbox of the token, or the shared sample
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1
 */
export function authorize(f: Flow): void {
  const access = f.op?.access ?? 'public';
  const method = f.method;
  const header = f.header('authorization');
  if (header === undefined) {
    if (access === 'public') {
      f.trace.sandbox = 'shared';
      f.pass('authorized', 'no token → shared sample data (read-only)', {
        method,
        reason: 'no-token',
        sandbox: 'shared',
        role: 'anonymous',
      });
      return;
    }
    f.refuse(
      'authorized',
      `${method} ${f.resource.path} needs a token; no Authorization header`,
      { method, reason: 'no-token' },
      {
        code: 'unauthenticated',
        detail: `${method} on ${f.path} needs a bearer token. Get one with POST /tokens, then send it as "Authorization: Bearer <token>".`,
        headers: { 'WWW-Authenticate': REALM },
      },
    );
  }
  const token = BEARER.exec(header)?.[1];
  if (token === undefined) {
    const scheme = header.trim().split(/\s+/)[0] ?? '';
    f.refuse(
      'authorized',
      `Authorization scheme "${scheme}" is not "Bearer <token>"`,
      { method, reason: 'scheme' },
      {
        code: 'unauthenticated',
        detail: `This API takes bearer tokens only: "Authorization: Bearer <token>". ${NEW_TOKEN}`,
        headers: { 'WWW-Authenticate': REALM },
      },
    );
  }
  if (access === 'teacher' && f.rt.teacherToken !== undefined && token === f.rt.teacherToken) {
    f.role = 'teacher';
    f.trace.sandbox = 'shared';
    f.pass('authorized', 'teacher token', { method, reason: 'teacher', sandbox: 'shared', role: 'teacher' });
    f.pass('forbidden', 'the teacher may read every sandbox', { method, role: 'teacher' });
    return;
  }
  const lookup = f.rt.store.lookup(token);
  const walk = f.rt.walk;
  if (walk) {
    if (lookup.ok) walk.grant = lookup.grant;
    else walk.volatile = true;
  }
  if (!lookup.ok) {
    const gone = goneDetail(lookup, f.rt.limits.idleMs);
    f.refuse(
      'authorized',
      gone.fact,
      { method, reason: gone.reason, ...(lookup.reason !== 'unknown' ? { sandbox: lookup.sandbox } : {}) },
      {
        code: lookup.reason === 'unknown' ? 'invalid-token' : 'sandbox-gone',
        detail: gone.detail,
        extensions: { reason: gone.reason },
        headers: {
          'WWW-Authenticate': `${REALM}, error="invalid_token", error_description="${gone.reason}"`,
        },
      },
    );
  }
  const grant = lookup.grant;
  f.grant = grant;
  f.role = grant.role;
  f.world = new World(f.rt.base, grant.sandbox);
  f.trace.sandbox = grant.sandbox.id;
  f.pass('authorized', `Bearer token → sandbox ${grant.sandbox.id} (${grant.role})`, {
    method,
    reason: 'token',
    sandbox: grant.sandbox.id,
    role: grant.role,
  });
  checkForbidden(f, access);
}

function checkForbidden(f: Flow, access: string): void {
  const method = f.method;
  if (access === 'editor' && f.role === 'viewer') {
    f.refuse(
      'forbidden',
      `role viewer may not ${method}`,
      { method, role: 'viewer', reason: 'read-only' },
      {
        code: 'read-only-token',
        detail: `This token was issued with role "viewer", which can read its sandbox but not change it. Use an editor token (POST /tokens with {"role":"editor"}) to ${method}.`,
        headers: { 'WWW-Authenticate': `${REALM}, error="insufficient_scope"` },
      },
    );
  }
  if (access === 'teacher') {
    f.refuse(
      'forbidden',
      `role ${f.role} is not the teacher`,
      { method, role: f.role, reason: 'teacher-only' },
      {
        code: 'teacher-only',
        detail: `${f.path} lists every learner's sandbox, so only the teacher's token may read it. Your token is valid, but it is a learner's.`,
      },
    );
  }
  if (access === 'editor' || access === 'token')
    f.pass('forbidden', `role ${f.role} may ${method}`, { method, role: f.role });
}
