/**
 * A client no one here wrote (Python requests) runs create, read, update and delete against
 * the mock API over a real socket, and agrees with the server at every step.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServers } from '../test-servers.ts';

const run = promisify(execFile);
let servers: Awaited<ReturnType<typeof startTestServers>>;
beforeAll(async () => {
  servers = await startTestServers();
});
afterAll(() => servers.close());

interface Step {
  step: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

describe('Python requests against the mock API', () => {
  it('creates, reads, updates and deletes a user in its own sandbox', async () => {
    const script = fileURLToPath(new URL('./crud.py', import.meta.url));
    const { stdout } = await run('python3', [script, `http://127.0.0.1:${servers.port}`], { timeout: 20_000 });
    const steps = JSON.parse(stdout) as Step[];
    const by = (name: string) => steps.find((s) => s.step === name)!;

    expect(by('token').status).toBe(201);
    expect(by('create').status).toBe(201);
    expect(by('create').headers['location']).toMatch(/\/users\/\d+$/);
    expect(JSON.parse(by('create').body).name).toBe('파이썬 학습자');
    expect(by('read').status).toBe(200);
    expect(by('read').headers['etag']).toMatch(/^"/);
    expect(by('update').status).toBe(200);
    expect(JSON.parse(by('read-again').body).name).toBe('이름을 바꾼 학습자');
    expect(JSON.parse(by('read-again').body).email).toBe('python.learner@example.com');
    expect(by('delete').status).toBe(204);
    expect(by('delete').body).toBe('');
    expect(by('gone').status).toBe(404);
    expect(by('gone').headers['content-type']).toContain('application/problem+json');
  });
});
