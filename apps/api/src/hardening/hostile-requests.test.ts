import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServers } from '../test-servers.ts';
import { CONTROL_REQUEST, HOSTILE_CASES } from './hostile-cases.ts';
import type { HostileCase } from './hostile-cases.ts';
import { PROBE_REQUEST, sendRaw } from './raw-client.ts';
import { newLearner, sandboxSnapshot } from './sandbox-probe.ts';

// Short timeouts, so that a body that never arrives is cut off (408) within a second.
const LIMITS = { headersTimeout: 1_000, requestTimeout: 1_000, connectionsCheckingInterval: 100 };

let servers: Awaited<ReturnType<typeof startTestServers>>;
let base: string;
beforeAll(async () => {
  servers = await startTestServers({ limits: LIMITS });
  base = `http://127.0.0.1:${servers.port}`;
});
afterAll(() => servers.close());

/** Sends a case with a fresh learner's token; returns the outcome and both snapshots. */
async function run(raw: string) {
  const learner = await newLearner(base);
  const before = await sandboxSnapshot(base, learner);
  const outcome = await sendRaw(servers.port, raw.replaceAll('{{token}}', learner.token));
  const after = await sandboxSnapshot(base, learner);
  return { outcome, before, after };
}

describe('the checks can fail', () => {
  it('the well-formed write changes the sandbox and keeps the connection open', async () => {
    const { outcome, before, after } = await run(CONTROL_REQUEST);
    expect(outcome.status).toBe(201);
    expect(outcome.connection).toBe('open');
    expect(after).not.toEqual(before);
  });

  it('a harmless request leaves the sandbox as it was', async () => {
    const { outcome, before, after } = await run(PROBE_REQUEST);
    expect(outcome.status).toBe(200);
    expect(after).toEqual(before);
  });
});

describe('hostile raw requests to the mock API', () => {
  it.each<HostileCase>(HOSTILE_CASES)(
    '$name: $status, connection $connection, sandbox unchanged',
    async (c) => {
      const { outcome, before, after } = await run(c.raw);
      expect(
        { status: outcome.status, connection: outcome.connection },
        `${c.see}\n${outcome.raw.slice(0, 300)}`,
      ).toEqual({
        status: c.status,
        connection: c.connection,
      });
      expect(after, 'the sandbox changed').toEqual(before);
      // A refusal is short: no echo of the hostile bytes.
      expect(outcome.raw.length).toBeLessThan(2_048);
    },
  );

  it('still serves well-formed requests afterwards', async () => {
    const res = await fetch(`${base}/users/1`);
    expect(res.status).toBe(200);
  });
});
