import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServers } from '../test-servers.ts';

let servers: Awaited<ReturnType<typeof startTestServers>>;
beforeAll(async () => {
  servers = await startTestServers();
});
afterAll(() => servers.close());

async function newToken(): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${servers.port}/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

/** Reads SSE events from a streaming response until `want` events named `name` arrived. */
async function readEvents(res: Response, name: string, want: number): Promise<string[]> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const found: string[] = [];
  while (found.length < want) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = block
        .split('\n')
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n');
      if (event === name) found.push(data);
    }
  }
  await reader.cancel();
  return found;
}

describe('live traffic', () => {
  it('streams an external client exchange, annotated, to the learner with that token only', async () => {
    const mine = await newToken();
    const theirs = await newToken();
    const stream = await servers.app.request(`/api/live?token=${mine}`);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const events = readEvents(stream, 'exchange', 1);

    await fetch(`http://127.0.0.1:${servers.port}/users/2`, { headers: { Authorization: `Bearer ${theirs}` } });
    await fetch(`http://127.0.0.1:${servers.port}/users/1`, { headers: { Authorization: `Bearer ${mine}` } });

    const [data] = await events;
    const exchange = JSON.parse(data!);
    expect(exchange.request.raw).toMatch(/^GET \/users\/1 HTTP\/1\.1\r\n/);
    expect(exchange.response.raw).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(exchange.response.status).toBe(200);
    expect(exchange.trace.length).toBeGreaterThan(0);
    expect(exchange.notes.some((n: { id: string }) => n.id === 'status-200')).toBe(true);
  });

  it('refuses a live stream without a token', async () => {
    const res = await servers.app.request('/api/live');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
