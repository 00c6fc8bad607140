/**
 * authorized (401) and forbidden (403). A Bearer token selects the learner's sandbox; without
 * one, the shared sample data can be read but not changed. A token that no longer works gets
 * 401 with `error="invalid_token"` and a plain account of what happened to its sandbox.
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3
 */
import { World } from '../sandbox/world.ts';
import type { TokenLookup } from '../sandbox/sandbox-store.ts';
import type { Flow } from './flow.ts';
import { words } from './trace.ts';
import type { Fact } from './trace.ts';

const REALM = 'Bearer realm="teapot"';
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
const NEW_TOKEN = 'Get a new token with POST /tokens (no Authorization header needed).';

/** A duration for people: "2 hours", "1 minute", "30 seconds"; in Korean "2시간", "1분", "30초". */
function duration(ms: number): { en: string; ko: string } {
  const hours = ms / 3_600_000;
  if (Number.isInteger(hours) && hours >= 1)
    return { en: `${hours} hour${hours === 1 ? '' : 's'}`, ko: `${hours}시간` };
  if (ms < 60_000) {
    const seconds = Math.max(1, Math.round(ms / 1000));
    return { en: `${seconds} second${seconds === 1 ? '' : 's'}`, ko: `${seconds}초` };
  }
  const minutes = Math.round(ms / 60_000);
  return { en: `${minutes} minute${minutes === 1 ? '' : 's'}`, ko: `${minutes}분` };
}

function goneDetail(
  lookup: Exclude<TokenLookup, { ok: true }>,
  idleMs: number,
): { reason: string; detail: string; fact: Fact } {
  switch (lookup.reason) {
    case 'idle': {
      const idle = duration(idleMs);
      return {
        reason: 'evicted-idle',
        fact: words(
          `sandbox ${lookup.sandbox} evicted: idle > ${idle.en}`,
          `샌드박스 ${lookup.sandbox} 제거됨: 유휴 > ${idle.ko}`,
        ),
        detail: `Your sandbox ${lookup.sandbox} was removed because it was not used for ${idle.en}, and your changes in it are gone. ${NEW_TOKEN}`,
      };
    }
    case 'capacity':
      return {
        reason: 'evicted-capacity',
        fact: words(
          `sandbox ${lookup.sandbox} evicted: server at its sandbox limit`,
          `샌드박스 ${lookup.sandbox} 제거됨: 서버의 샌드박스 수 한도 도달`,
        ),
        detail: `Your sandbox ${lookup.sandbox} was removed to make room for newer ones (the server keeps a limited number, and yours was the least recently used). ${NEW_TOKEN}`,
      };
    case 'replaced':
      return {
        reason: 'viewer-replaced',
        fact: words(
          `viewer token replaced (sandbox ${lookup.sandbox})`,
          `viewer 토큰 교체됨 (샌드박스 ${lookup.sandbox})`,
        ),
        detail: `This viewer token was replaced: a sandbox keeps its newest viewer tokens only, and newer ones have been issued since. Ask for a new viewer token, or ${NEW_TOKEN.charAt(0).toLowerCase()}${NEW_TOKEN.slice(1)}`,
      };
    case 'revoked':
      return {
        reason: 'revoked',
        fact: words(`token revoked (sandbox ${lookup.sandbox})`, `토큰 폐기됨 (샌드박스 ${lookup.sandbox})`),
        detail: `This token was revoked with DELETE /tokens/{id}. ${NEW_TOKEN}`,
      };
    default:
      return {
        reason: 'unknown',
        fact: words('token not recognized', '알 수 없는 토큰'),
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
      f.pass(
        'authorized',
        words('no token → shared sample data (read-only)', '토큰 없음 → 공유 샘플 데이터(읽기 전용)'),
        {
          method,
          reason: 'no-token',
          sandbox: 'shared',
          role: 'anonymous',
        },
      );
      return;
    }
    f.refuse(
      'authorized',
      words(
        `${method} ${f.resource.path} needs a token; no Authorization header`,
        `${method} ${f.resource.path}에는 토큰 필요(Authorization 헤더 없음)`,
      ),
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
      words(
        `Authorization scheme "${scheme}" is not "Bearer <token>"`,
        `Authorization 스킴 "${scheme}": "Bearer <token>" 형식 아님`,
      ),
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
    f.pass('authorized', words('teacher token', 'teacher 토큰'), {
      method,
      reason: 'teacher',
      sandbox: 'shared',
      role: 'teacher',
    });
    f.pass('forbidden', words('the teacher may read every sandbox', 'teacher는 모든 샌드박스 읽기 가능'), {
      method,
      role: 'teacher',
    });
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
  const sandbox = grant.sandbox.id;
  f.pass(
    'authorized',
    words(
      `Bearer token → sandbox ${sandbox} (${grant.role})`,
      `Bearer 토큰 → 샌드박스 ${sandbox} (${grant.role})`,
    ),
    {
      method,
      reason: 'token',
      sandbox: grant.sandbox.id,
      role: grant.role,
    },
  );
  checkForbidden(f, access);
}

function checkForbidden(f: Flow, access: string): void {
  const method = f.method;
  if (access === 'editor' && f.role === 'viewer') {
    f.refuse(
      'forbidden',
      words(`role viewer may not ${method}`, `viewer 역할은 ${method} 불가`),
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
      words(`role ${f.role} is not the teacher`, `${f.role} 역할: teacher 아님`),
      { method, role: f.role, reason: 'teacher-only' },
      {
        code: 'teacher-only',
        detail: `${f.path} lists every learner's sandbox, so only the teacher's token may read it. Your token is valid, but it is a learner's.`,
      },
    );
  }
  if (access === 'editor' || access === 'token')
    f.pass('forbidden', words(`role ${f.role} may ${method}`, `${f.role} 역할은 ${method} 가능`), {
      method,
      role: f.role,
    });
}
