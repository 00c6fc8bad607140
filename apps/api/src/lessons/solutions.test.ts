/**
 * Every goal of every lesson can be met: its solution requests go through the real exchange
 * endpoint (`POST /api/exchanges`) to the real mock API on a real socket, on a fresh sandbox,
 * and the goal checker the browser uses says "met".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LESSONS, captureValues, checkGoal, fillPlaceholders } from '@teapot/lessons';
import type { ExchangeLike, Goal, Lesson, PlaceholderValues, SolutionStep } from '@teapot/lessons';
import { startTestServers } from '../test-servers.ts';

let servers: Awaited<ReturnType<typeof startTestServers>>;
beforeAll(async () => {
  servers = await startTestServers();
});
afterAll(() => servers.close());

const TOKEN_REQUEST =
  'POST /tokens HTTP/1.1\nHost: localhost:8081\nContent-Type: application/json\nContent-Length: 2\n\n{}';
const POLL_EVERY_MS = 500;
const POLL_FOR_MS = 15_000;

async function send(raw: string): Promise<ExchangeLike> {
  const { res, body } = await servers.exchange(raw);
  expect(res.status, `the playground relayed:\n${raw}`).toBe(201);
  return body as unknown as ExchangeLike;
}

async function freshToken(): Promise<string> {
  const exchange = await send(TOKEN_REQUEST);
  const token = captureValues(exchange, {}).newToken;
  if (!token) throw new Error(`POST /tokens gave no token (status ${exchange.response.status})`);
  return token;
}

/** Sends a goal's solution as a learner would, carrying Location, ETag and tokens forward. */
async function solve(goal: Goal): Promise<ExchangeLike[]> {
  let values: PlaceholderValues = { token: await freshToken() };
  const exchanges: ExchangeLike[] = [];
  const run = async (raw: string) => {
    const exchange = await send(fillPlaceholders(raw, values));
    exchanges.push(exchange);
    values = captureValues(exchange, values);
    return exchange;
  };
  for (const step of goal.solution as readonly SolutionStep[]) {
    if (typeof step === 'string') {
      await run(step);
      continue;
    }
    const deadline = Date.now() + POLL_FOR_MS;
    while ((await run(step.request)).response.status !== step.until && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, POLL_EVERY_MS));
    }
  }
  return exchanges;
}

function describeRun(exchanges: readonly ExchangeLike[]): string {
  return exchanges
    .map(
      (e) =>
        `${e.request.message.requestLine?.method} ${e.request.message.requestLine?.target} -> ${e.response.status}`,
    )
    .join('\n');
}

const cases = (LESSONS as readonly Lesson[]).flatMap((lesson) =>
  lesson.goals.map((goal) => [lesson.id, goal.id, goal] as const),
);

describe('every lesson goal is met by its solution through POST /api/exchanges', () => {
  it.each(cases)('%s: %s', { timeout: POLL_FOR_MS + 10_000 }, async (_lesson, _goal, goal) => {
    const exchanges = await solve(goal);
    expect(checkGoal(goal, exchanges), describeRun(exchanges)).toBe(true);
  });

  it('does not meet a goal with an unrelated exchange (the checker can say no)', async () => {
    const exchange = await send('GET /users/1 HTTP/1.1\nHost: localhost:8081\n\n');
    const unmet = cases.filter(([, , goal]) => !checkGoal(goal, [exchange]));
    expect(unmet.length).toBeGreaterThan(cases.length / 2);
  });
});
