/**
 * The isolation test's two sides: the model (what each learner should see) and the real mock
 * API with two learners in it. Every request carries one spoof: a header that names the other
 * learner's sandbox, token or host, or tries to override the method. None may change whom the
 * request acts for.
 */
import type { createMockApi } from '@teapot/mock-api';
import { expect } from 'vitest';

export interface User {
  name: string;
  email: string;
}

export interface LearnerModel {
  users: Map<number, User>;
  /** Favorite names per user id. */
  favorites: Map<number, Set<string>>;
}

export interface Model {
  learners: [LearnerModel, LearnerModel];
  /** Numbers the names and emails the test writes, so each is unique. */
  seq: number;
}

export interface Learner {
  token: string;
  tokenId: string;
  sandbox: string;
  /** In every name and email this learner writes, and nowhere in what the other one reads. */
  mark: string;
}

export interface Real {
  app: ReturnType<typeof createMockApi>;
  learners: [Learner, Learner];
}

export type Who = 0 | 1;

export const SPOOFS = [
  'none',
  'sandbox-id',
  'forwarded',
  'host',
  'token-elsewhere',
  'method-override',
] as const;
export type Spoof = (typeof SPOOFS)[number];

/** Headers that try to pass `me` off as the other learner (or to change the method). */
function spoofHeaders(spoof: Spoof, other: Learner): Record<string, string> {
  switch (spoof) {
    case 'sandbox-id':
      return { 'X-Sandbox-Id': other.sandbox, 'X-Sandbox': other.sandbox, 'X-Teapot-Sandbox': other.sandbox };
    case 'forwarded':
      return {
        'X-Forwarded-For': '127.0.0.1',
        'X-Real-IP': '10.0.0.2',
        Forwarded: `for=127.0.0.1;host=${other.sandbox}`,
      };
    case 'host':
      return { Host: `${other.sandbox}.localhost:8081`, 'X-Forwarded-Host': `${other.sandbox}.localhost` };
    case 'token-elsewhere':
      return {
        'X-Auth-Token': other.token,
        'X-Forwarded-Authorization': `Bearer ${other.token}`,
        'Proxy-Authorization': `Bearer ${other.token}`,
        Cookie: `token=${other.token}; sandbox=${other.sandbox}`,
      };
    case 'method-override':
      return { 'X-HTTP-Method-Override': 'DELETE', 'X-Method-Override': 'DELETE' };
    default:
      return {};
  }
}

export interface Sent {
  status: number;
  text: string;
  location: string | null;
}

/**
 * Sends one request as learner `who`, with a spoof, and checks that nothing of the other
 * learner (mark, token, token id, sandbox id) appears in the response.
 *
 * @example const { status } = await send(real, 0, 'host', 'GET', '/users/1')
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export async function send(
  real: Real,
  who: Who,
  spoof: Spoof,
  method: string,
  path: string,
  body?: { type: string; json: unknown },
): Promise<Sent> {
  const me = real.learners[who];
  const other = real.learners[who === 0 ? 1 : 0];
  const headers: Record<string, string> = {
    ...spoofHeaders(spoof, other),
    Authorization: `Bearer ${me.token}`,
    ...(body ? { 'Content-Type': body.type } : {}),
  };
  const res = await real.app.request(path, {
    method,
    headers,
    ...(body ? { body: JSON.stringify(body.json) } : {}),
  });
  const text = await res.text();
  const all = `${[...res.headers].join('\n')}\n${text}`;
  // The other learner's mark is only ever in what that learner wrote. Its token, token id and
  // sandbox id may be echoed back when this very request carried them (a 404 names the path).
  const sent = `${path}\n${Object.values(headers).join('\n')}`;
  const secrets = [
    other.mark,
    ...[other.token, other.tokenId, other.sandbox].filter((s) => !sent.includes(s)),
  ];
  for (const secret of secrets) {
    expect(all.includes(secret), `${method} ${path} as learner ${who} (spoof ${spoof}) shows ${secret}`).toBe(
      false,
    );
  }
  return { status: res.status, text, location: res.headers.get('location') };
}

/**
 * Two fresh learners (two sandboxes) and the model both start from: the shared sample.
 *
 * @example await fc.asyncModelRun(() => setUp(app), commands)
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export async function setUp(app: Real['app']): Promise<{ model: Model; real: Real }> {
  const learner = async (mark: string): Promise<Learner> => {
    const res = await app.request('/tokens', { method: 'POST' });
    const body = (await res.json()) as { token: string; id: string; sandbox: string };
    return { token: body.token, tokenId: body.id, sandbox: body.sandbox, mark };
  };
  const learners: [Learner, Learner] = [await learner('isolation-aaa'), await learner('isolation-bbb')];
  const sample = await shared(app);
  const copy = (): LearnerModel => ({
    users: new Map(sample.users),
    favorites: new Map([...sample.favorites].map(([id, names]) => [id, new Set(names)])),
  });
  return { model: { learners: [copy(), copy()], seq: 0 }, real: { app, learners } };
}

/**
 * The shared sample as an anonymous reader sees it: users, and favorite names per user.
 *
 * @example expect(await shared(app)).toEqual(before)
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1
 */
export async function shared(app: Real['app']): Promise<LearnerModel> {
  const list = (await (await app.request('/users?limit=50')).json()) as { items: ({ id: number } & User)[] };
  const users = new Map(list.items.map((u) => [u.id, { name: u.name, email: u.email }]));
  const favorites = new Map<number, Set<string>>();
  for (const id of users.keys()) {
    const res = await app.request(`/users/${id}/favorites`);
    const items = res.status === 200 ? ((await res.json()) as { items: { name: string }[] }).items : [];
    favorites.set(id, new Set(items.map((f) => f.name)));
  }
  return { users, favorites };
}
