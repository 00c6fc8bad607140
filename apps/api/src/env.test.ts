import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { readEnv } from './env.ts';

describe('readEnv', () => {
  it('keeps sandboxes two hours and 10,000 at once unless told otherwise', () => {
    const env = readEnv({});
    expect(env.sandboxes).toEqual({ idleMs: 2 * 60 * 60 * 1000, maxSandboxes: 10_000 });
    expect(env.warnings).toEqual([]);
  });

  it('reads SANDBOX_IDLE_MINUTES (fractions too) and MAX_SANDBOXES', () => {
    const env = readEnv({ SANDBOX_IDLE_MINUTES: '480', MAX_SANDBOXES: '300' });
    expect(env.sandboxes).toEqual({ idleMs: 480 * 60_000, maxSandboxes: 300 });
    expect(readEnv({ SANDBOX_IDLE_MINUTES: '0.5' }).sandboxes.idleMs).toBe(30_000);
  });

  it('keeps the read memo on unless READ_MEMO turns it off', () => {
    expect(readEnv({}).readMemo).toBe(true);
    expect(readEnv({ READ_MEMO: 'off' }).readMemo).toBe(false);
    expect(readEnv({ READ_MEMO: '0' }).readMemo).toBe(false);
    const unclear = readEnv({ READ_MEMO: 'sometimes' });
    expect(unclear.readMemo).toBe(true);
    expect(unclear.warnings[0]).toContain('READ_MEMO="sometimes"');
  });

  it('says which setting it could not use and keeps the default for it', () => {
    const env = readEnv({ SANDBOX_IDLE_MINUTES: 'two hours', MAX_SANDBOXES: '12.5' });
    expect(env.sandboxes).toEqual({ idleMs: 2 * 60 * 60 * 1000, maxSandboxes: 10_000 });
    expect(env.warnings).toHaveLength(2);
    expect(env.warnings[0]).toContain('SANDBOX_IDLE_MINUTES="two hours"');
    expect(env.warnings[1]).toContain('MAX_SANDBOXES="12.5"');
    expect(readEnv({ MAX_SANDBOXES: '0' }).warnings[0]).toContain('MAX_SANDBOXES="0"');
  });

  it('runs one playground thread per core, at most 4, unless PLAYGROUND_THREADS says otherwise', () => {
    expect(readEnv({}, 'linux', '22.23.3').playgroundThreads).toBe(Math.min(4, availableParallelism()));
    expect(readEnv({ PLAYGROUND_THREADS: '1' }, 'linux', '22.23.3').playgroundThreads).toBe(1);
    expect(readEnv({ PLAYGROUND_THREADS: '6' }, 'linux', '22.23.3').playgroundThreads).toBe(6);
    const many = readEnv({ PLAYGROUND_THREADS: '64' }, 'linux', '22.23.3');
    expect(many.playgroundThreads).toBe(16);
    expect(many.warnings[0]).toContain('PLAYGROUND_THREADS="64"');
    expect(readEnv({ PLAYGROUND_THREADS: 'two' }, 'linux', '22.23.3').warnings[0]).toContain('PLAYGROUND_THREADS="two"');
  });

  it('runs one playground thread where threads cannot share a port, and says so when asked for more', () => {
    expect(readEnv({}, 'darwin', '22.23.3').playgroundThreads).toBe(1);
    expect(readEnv({}, 'win32', '22.23.3').playgroundThreads).toBe(1);
    expect(readEnv({}, 'linux', '20.19.0').playgroundThreads).toBe(1);
    expect(readEnv({}, 'linux', '22.11.0').playgroundThreads).toBe(1);
    expect(readEnv({}, 'darwin', '22.23.3').warnings).toEqual([]);
    const asked = readEnv({ PLAYGROUND_THREADS: '2' }, 'darwin', '22.23.3');
    expect(asked.playgroundThreads).toBe(1);
    expect(asked.warnings[0]).toContain('SO_REUSEPORT');
    expect(readEnv({ PLAYGROUND_THREADS: '2' }, 'linux', '22.12.0').playgroundThreads).toBe(2);
    expect(readEnv({ PLAYGROUND_THREADS: '2' }, 'linux', '24.0.0').playgroundThreads).toBe(2);
  });
});
