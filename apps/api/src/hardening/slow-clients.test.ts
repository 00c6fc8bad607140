import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServers } from '../test-servers.ts';
import { newLearner, sandboxSnapshot } from './sandbox-probe.ts';
import { slowBody, slowloris, slowReader } from './slow-clients.ts';
import type { CutOff } from './slow-clients.ts';

// Short limits, so the whole file runs in a few seconds; each cut-off must come within its
// timeout plus one second. Node checks headersTimeout and requestTimeout every
// connectionsCheckingInterval. The idle timeout is shorter: while a write is still draining,
// Node lets the first idle timeout pass (the queue moved), so a stalled reader is cut off
// between one and two idle timeouts after the server's last visible progress.
const LIMITS = {
  headersTimeout: 1_000,
  requestTimeout: 1_000,
  socketIdleTimeout: 500,
  keepAliveTimeout: 1_000,
  connectionsCheckingInterval: 100,
};
const SECOND = 1_000;

let servers: Awaited<ReturnType<typeof startTestServers>>;
let base: string;
beforeAll(async () => {
  servers = await startTestServers({ limits: LIMITS });
  base = `http://127.0.0.1:${servers.port}`;
});
afterAll(() => servers.close());

/** Well-formed requests, one after another on each of `lanes` loops, until `until` settles. */
async function load(until: Promise<unknown>, lanes: number): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const statuses: number[] = [];
  const lane = async () => {
    while (!done) {
      const res = await fetch(`${base}/users/1`);
      await res.arrayBuffer();
      statuses.push(res.status);
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return statuses;
}

describe('slow clients are cut off, and everyone else is still served', () => {
  it('slowloris, slow bodies and slow readers at once, under a parallel load', async () => {
    const learner = await newLearner(base);
    const before = await sandboxSnapshot(base, learner);
    const lorises = Array.from({ length: 20 }, () => slowloris(servers.port));
    const bodies = Array.from({ length: 5 }, () => slowBody(servers.port, learner.token));
    const readers = Array.from({ length: 3 }, () => slowReader(servers.mock, servers.port));
    const slow = Promise.all([Promise.all(lorises), Promise.all(bodies), Promise.all(readers)]);
    const [statuses, [lorisCuts, bodyCuts, readerCuts]] = await Promise.all([load(slow, 4), slow]);

    const over = (cuts: CutOff[], timeout: number) =>
      cuts.filter((c) => c.afterMs > timeout + SECOND).map((c) => Math.round(c.afterMs));
    expect(over(lorisCuts, LIMITS.headersTimeout), 'slowloris cut-offs past headersTimeout + 1 s').toEqual(
      [],
    );
    expect(over(bodyCuts, LIMITS.requestTimeout), 'slow body cut-offs past requestTimeout + 1 s').toEqual([]);
    expect(over(readerCuts, LIMITS.socketIdleTimeout), 'slow reader cut-offs past idle + 1 s').toEqual([]);
    // Node answers a request that ran out of time with 408 before closing.
    expect(lorisCuts.map((c) => c.status)).toEqual(lorisCuts.map(() => 408));
    expect(bodyCuts.map((c) => c.status)).toEqual(bodyCuts.map(() => 408));

    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(await sandboxSnapshot(base, learner), 'a cut-off body must not be written').toEqual(before);
  });
});
