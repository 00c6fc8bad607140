/**
 * Test helper: a learner's token for a mock API on a real port, and a snapshot of everything
 * a write could change in its sandbox (the usage counters and the users collection).
 */

export interface Learner {
  token: string;
  /** Public id of the token resource, `/tokens/{id}`. */
  tokenId: string;
  sandbox: string;
}

/**
 * Gets a token the way a learner does: POST /tokens.
 *
 * @example const learner = await newLearner('http://127.0.0.1:8081');
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export async function newLearner(base: string): Promise<Learner> {
  const res = await fetch(`${base}/tokens`, { method: 'POST' });
  if (res.status !== 201) throw new Error(`POST /tokens answered ${res.status}`);
  const body = (await res.json()) as { token: string; id: string; sandbox: string };
  return { token: body.token, tokenId: body.id, sandbox: body.sandbox };
}

/**
 * What the sandbox holds: its usage (changed records and bytes) and its users, as JSON.
 * Two equal snapshots mean no write got through in between.
 *
 * @example expect(await sandboxSnapshot(base, learner)).toEqual(before)
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-9.2.1
 */
export async function sandboxSnapshot(base: string, learner: Learner): Promise<unknown> {
  const headers = { Authorization: `Bearer ${learner.token}` };
  const token = await fetch(`${base}/tokens/${learner.tokenId}`, { headers });
  const users = await fetch(`${base}/users?limit=50`, { headers });
  if (token.status !== 200 || users.status !== 200)
    throw new Error(`snapshot answered ${token.status}, ${users.status}`);
  const { usage } = (await token.json()) as { usage: unknown };
  return { usage, users: await users.json() };
}
