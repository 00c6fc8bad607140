/**
 * The read memo must never show: the same requests, in the same order, at the same times, get
 * the same replies and the same traces from a mock API with the memo as from one without it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMockService } from '../create-mock-api.ts';
import { STATUS_EXAMPLES } from '../examples/status-examples.ts';
import { rawRequest } from '../examples/raw-request.ts';
import { RESOURCES } from '../resources/index.ts';
import { toRequest } from '../testing/send-raw.ts';
import { ReadMemo, Walk } from './read-memo.ts';
import type { Trace } from '../trace-types.ts';

const TEACHER = 'teacher-token-for-the-model';

/** What a learner sees of one exchange. */
interface Seen {
  status: number;
  headers: [string, string][];
  body: string;
  trace: Trace | null;
}

/** One mock API and what it has issued (tokens, token ids, sandbox ids), in issue order. */
function server(memo: boolean, clock: () => number) {
  let last: Trace | null = null;
  const traces = new Set<Trace>();
  let reused = 0;
  const { app } = createMockService({
    memo,
    now: clock,
    limits: { idleMs: 60_000, maxSandboxes: 3, maxViewers: 2 },
    jobDurationMs: 5_000,
    teacherToken: TEACHER,
    onExchange: ({ trace }) => {
      last = trace;
      if (traces.has(trace)) reused += 1;
      traces.add(trace);
    },
  });
  const issued: { token: string; id: string; sandbox: string }[] = [];
  const etags = new Map<string, string>();
  return {
    issued,
    etags,
    reused: () => reused,
    async send(raw: string, token: string): Promise<Seen> {
      last = null;
      const res = await app.request(toRequest(raw, token));
      const body = await res.text();
      return { status: res.status, headers: [...res.headers], body, trace: last };
    },
  };
}

type Server = ReturnType<typeof server>;

const GETS = [
  ...RESOURCES.map((r) => r.example).filter((p) => !p.startsWith('/delays')),
  '/users/2',
  '/users/13',
  '/users/abc',
  '/users/1/',
  '/Users/1',
  '/users?page=2&limit=5',
  '/users?limit=-1',
  '/reports/1',
  '/jobs/1',
  '/sandboxes',
];

const ACCEPTS = [undefined, 'application/json', 'text/csv', 'application/xml', '*/*', 'text/csv;q=0, */*;q=0.1'];

const command = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('issue' as const), role: fc.constantFrom('editor', 'viewer') }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('read' as const),
      method: fc.constantFrom('GET', 'GET', 'HEAD', 'OPTIONS'),
      path: fc.constantFrom(...GETS),
      accept: fc.constantFrom(...ACCEPTS),
      condition: fc.constantFrom('none', 'etag', 'stale-etag', 'since'),
      auth: fc.constantFrom('none', 'token', 'token', 'bogus', 'basic', 'teacher'),
      who: fc.nat(5),
      times: fc.integer({ min: 1, max: 3 }),
    }),
    weight: 8,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('example' as const), index: fc.nat(STATUS_EXAMPLES.length - 1), who: fc.nat(5) }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('revoke' as const), who: fc.nat(5) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.constantFrom(300, 700, 1_500, 6_000, 59_500, 61_000) }), weight: 3 },
);

/** Turns server B's own tokens and ids into server A's, so the two can be compared. */
function translate(seen: Seen, from: Server, to: Server): Seen {
  let text = JSON.stringify(seen);
  from.issued.forEach((mine, i) => {
    const theirs = to.issued[i];
    if (!theirs) return;
    text = text.replaceAll(mine.token, theirs.token).replaceAll(mine.id, theirs.id).replaceAll(mine.sandbox, theirs.sandbox);
  });
  return JSON.parse(text) as Seen;
}

type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

async function run(commands: Command[]): Promise<number> {
  let now = Date.UTC(2026, 10, 22, 9, 0, 0);
  const clock = () => now;
  const a = server(true, clock);
  const b = server(false, clock);
  const tokenOf = (s: Server, who: number) => s.issued[who % Math.max(1, s.issued.length)]?.token ?? '';
  /** Sends the same request to both; `learn` reads each one's answer before they are compared. */
  const both = async (raw: (s: Server) => string, token: (s: Server) => string, learn?: (s: Server, seen: Seen) => void) => {
    const seenA = await a.send(raw(a), token(a));
    const seenB = await b.send(raw(b), token(b));
    learn?.(a, seenA);
    learn?.(b, seenB);
    expect(translate(seenB, b, a), raw(a)).toEqual(seenA);
  };
  for (const cmd of commands) {
    if (cmd.kind === 'tick') now += cmd.ms;
    else if (cmd.kind === 'issue') {
      const raw = rawRequest('POST', '/tokens', ['Content-Type: application/json'], JSON.stringify({ role: cmd.role }));
      await both(() => raw, () => '', (s, seen) => {
        if (seen.status !== 201) return;
        const body = JSON.parse(seen.body) as { token: string; id: string; sandbox: string };
        s.issued.push({ token: body.token, id: body.id, sandbox: body.sandbox });
      });
    } else if (cmd.kind === 'revoke') {
      const who = cmd.who;
      const idOf = (s: Server) => s.issued[who % Math.max(1, s.issued.length)]?.id ?? 'tk-none';
      await both((s) => rawRequest('DELETE', `/tokens/${idOf(s)}`, ['Authorization: Bearer {{token}}']), (s) => tokenOf(s, who));
    } else if (cmd.kind === 'example') {
      const example = STATUS_EXAMPLES[cmd.index];
      if (!example) continue;
      for (const raw of [...(example.setup ?? []), example.request]) await both(() => raw, (s) => tokenOf(s, cmd.who));
    } else {
      const { method, path, accept, condition, auth, who, times } = cmd;
      const headers = (s: Server) => {
        const list: string[] = [];
        if (accept !== undefined) list.push(`Accept: ${accept}`);
        const etag = s.etags.get(path);
        if (condition === 'etag' && etag) list.push(`If-None-Match: ${etag}`);
        if (condition === 'stale-etag') list.push('If-None-Match: "stale"');
        if (condition === 'since') list.push('If-Modified-Since: Sun, 22 Nov 2026 08:00:00 GMT');
        if (auth === 'token') list.push('Authorization: Bearer {{token}}');
        if (auth === 'bogus') list.push('Authorization: Bearer not-a-token');
        if (auth === 'basic') list.push('Authorization: Basic dXNlcjpwYXNz');
        if (auth === 'teacher') list.push(`Authorization: Bearer ${TEACHER}`);
        return list;
      };
      for (let i = 0; i < times; i++) {
        await both((s) => rawRequest(method, path, headers(s)), (s) => tokenOf(s, who), (s, seen) => {
          const etag = seen.headers.find(([name]) => name === 'etag')?.[1];
          if (etag) s.etags.set(path, etag);
        });
      }
    }
  }
  return a.reused();
}

describe('the read memo', () => {
  it('answers exactly as the decisions do, whatever happens in between (model-based)', async () => {
    let reused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 40 }), async (commands) => {
        reused += await run(commands);
      }),
      { numRuns: 150 },
    );
    // The comparison means something only if kept answers were handed out.
    expect(reused).toBeGreaterThan(100);
  });

  it('hands out a kept answer for a repeated read, and walks again after a change', async () => {
    const seen: Trace[] = [];
    const { app } = createMockService({ onExchange: ({ trace }) => seen.push(trace) });
    const issued = await app.request('/tokens', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const { token } = (await issued.json()) as { token: string };
    const read = () => app.request('/users/1', { headers: { Authorization: `Bearer ${token}` } });
    const first = await read();
    const second = await read();
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(seen[2]).toBe(seen[1]);
    expect(Object.isFrozen(seen[2])).toBe(true);

    const patched = await app.request('/users/1', {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/merge-patch+json' },
      body: '{"name":"새 이름"}',
    });
    expect(patched.status).toBe(200);
    const third = await read();
    expect(seen[4]).not.toBe(seen[1]);
    expect(((await third.json()) as { name: string }).name).toBe('새 이름');
    expect(third.headers.get('etag')).not.toBe(first.headers.get('etag'));
  });

  it('never keeps an answer that read the clock or state outside a sandbox', async () => {
    const seen: Trace[] = [];
    const { app } = createMockService({ onExchange: ({ trace }) => seen.push(trace) });
    const since = { 'If-Modified-Since': 'Sun, 22 Nov 2026 08:00:00 GMT' };
    await app.request('/users/1', { headers: since });
    await app.request('/users/1', { headers: since });
    expect(seen[1]).not.toBe(seen[0]);
    await app.request('/weather');
    await app.request('/weather');
    expect(seen[3]).not.toBe(seen[2]);
    await app.request('/users/1', { headers: { Authorization: 'Bearer not-a-token' } });
    await app.request('/users/1', { headers: { Authorization: 'Bearer not-a-token' } });
    expect(seen[5]).not.toBe(seen[4]);
    // An RFC 850 date's two-digit year is read against the clock.
    const rfc850 = { 'If-Unmodified-Since': 'Sunday, 06-Nov-94 08:49:37 GMT' };
    await app.request('/users/1', { headers: rfc850 });
    await app.request('/users/1', { headers: rfc850 });
    expect(seen[7]).not.toBe(seen[6]);
    // The IMF-fixdate form is read without it, so that answer is kept.
    const fixdate = { 'If-Unmodified-Since': 'Sun, 06 Nov 1994 08:49:37 GMT' };
    await app.request('/users/1', { headers: fixdate });
    await app.request('/users/1', { headers: fixdate });
    expect(seen[9]).toBe(seen[8]);
  });
});

describe('the read memo, where a kept answer has gone stale', () => {
  /** Two servers on one clock, one with the memo: the same steps must give the same answers. */
  function pair() {
    let now = 0;
    const make = (memo: boolean) => {
      const { app } = createMockService({ memo, now: () => now, limits: { idleMs: 60_000, maxSandboxes: 2 } });
      return {
        issue: async () =>
          ((await (await app.request('/tokens', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).json()) as { token: string }).token,
        read: async (token: string) => {
          const res = await app.request('/users/1', { headers: { Authorization: `Bearer ${token}` } });
          return { status: res.status, body: await res.text() };
        },
      };
    };
    return { at: (ms: number) => (now = ms), memo: make(true), plain: make(false) };
  }

  it('does not touch the store for an answer it cannot give (an idle sandbox is evicted once, by the walk)', async () => {
    const { at, memo, plain } = pair();
    const seen: Record<string, unknown[]> = { memo: [], plain: [] };
    for (const [name, s] of [['memo', memo], ['plain', plain]] as const) {
      at(0);
      const a = await s.issue();
      await s.read(a);
      at(500);
      const b = await s.issue();
      at(60_400);
      // A's sandbox has been idle past the limit: 401. With the memo, the kept answer for A is
      // checked first; it must not evict or sweep on its own, or B's fate below changes.
      seen[name]?.push(await s.read(a));
      at(60_700);
      await s.issue();
      await s.issue();
      const r = await s.read(b);
      seen[name]?.push({ status: r.status, reason: (JSON.parse(r.body) as { reason?: string }).reason });
    }
    expect(seen.memo?.[1]).toEqual({ status: 401, reason: 'evicted-idle' });
    expect(seen.memo?.map((r) => JSON.stringify(r).replace(/sb-[0-9a-f]+/g, 'sb'))).toEqual(
      seen.plain?.map((r) => JSON.stringify(r).replace(/sb-[0-9a-f]+/g, 'sb')),
    );
  });

  it('drops a kept answer once its sandbox changed, so the next read after the walk is a hit again', async () => {
    const seen: Trace[] = [];
    const { app } = createMockService({ onExchange: ({ trace }) => seen.push(trace) });
    const { token } = (await (await app.request('/tokens', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).json()) as { token: string };
    const auth = { Authorization: `Bearer ${token}` };
    const read = () => app.request('/users/1', { headers: auth });
    for (let i = 0; i < 3; i++) {
      await read();
      const del = await app.request(`/users/${i + 2}`, { method: 'DELETE', headers: auth });
      expect(del.status).toBe(204);
    }
    const before = seen.length;
    await read(); // walks: the sandbox changed
    await read(); // kept
    expect(seen[before + 1]).toBe(seen[before]);
  });
});

describe('ReadMemo bounds', () => {
  async function memoWith(maxSize: number) {
    const { SandboxStore } = await import('../sandbox/sandbox-store.ts');
    const { DEFAULT_LIMITS } = await import('../sandbox/limits.ts');
    const { Reply } = await import('./reply.ts');
    const memo = new ReadMemo(new SandboxStore(DEFAULT_LIMITS, () => 0), { maxKeys: 1000, maxSize });
    const request = (i: number, accept: string) => ({
      method: 'GET',
      url: `http://localhost/users/${i}`,
      header: (n: string) => (n === 'accept' ? accept : undefined),
      text: async () => '',
    });
    /** Keeps an answer of `body` for request `i`; true when it is kept. */
    const keep = (i: number, accept: string, body: string) => {
      const req = request(i, accept);
      const walk = new Walk(req);
      walk.header('accept');
      const key = memo.keyOf(req) as string;
      memo.keep(key, walk, new Reply(200, body, {}), { steps: [], status: 200 });
      return memo.find(key, req) !== undefined;
    };
    const has = (i: number, accept: string) => memo.find(memo.keyOf(request(i, accept)) as string, request(i, accept)) !== undefined;
    return { memo, keep, has };
  }

  it('holds no more than its size limit, however many large reads arrive: the oldest go', async () => {
    const { memo, keep, has } = await memoWith(400_000);
    const big = 'x'.repeat(8_000);
    for (let i = 0; i < 500; i++) {
      expect(keep(i, big, big)).toBe(true);
      expect(memo.size).toBeLessThanOrEqual(400_000);
    }
    // About 18 K each: no more than 22 fit, so the first ones are gone and the last one is there.
    expect(has(0, big)).toBe(false);
    expect(has(400, big)).toBe(false);
    expect(has(499, big)).toBe(true);
  });

  it('never keeps one answer larger than a sixteenth of the limit', async () => {
    const { memo, keep } = await memoWith(400_000);
    expect(keep(1, 'application/json', 'y'.repeat(30_000))).toBe(false);
    expect(memo.size).toBe(0);
    expect(keep(2, 'application/json', 'y'.repeat(20_000))).toBe(true);
  });
});
