import { describe, expect, it } from 'vitest';
import type { UserRow } from '../data/rows.ts';
import { createSample } from '../data/sample.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { SandboxStore } from './sandbox-store.ts';
import { World } from './world.ts';

const user = (id: number, name: string): UserRow => ({
  id,
  name,
  email: `${id}@example.com`,
  createdAt: 'c',
  updatedAt: 'u',
});

function sandboxWorld(limits = DEFAULT_LIMITS) {
  const base = createSample();
  const store = new SandboxStore(limits, () => 0);
  const grant = store.issue('editor');
  return {
    base,
    world: new World(base, grant.sandbox),
    shared: new World(base, undefined),
    sandbox: grant.sandbox,
  };
}

describe('World (copy-on-write over the frozen sample)', () => {
  it('a fresh sandbox stores nothing and reads the sample', () => {
    const { world, sandbox } = sandboxWorld();
    expect(world.get('users', '1')?.name).toBe('김민준');
    expect(sandbox.records).toBe(0);
    expect(sandbox.bytes).toBe(0);
    expect(Object.keys(sandbox.overlay)).toEqual([]);
  });

  it('writes land in the overlay only; the sample rows stay frozen and unchanged', () => {
    const { world, shared, base } = sandboxWorld();
    world.put('users', '1', user(1, 'changed'));
    world.remove('users', '2');
    expect(world.get('users', '1')?.name).toBe('changed');
    expect(world.get('users', '2')).toBeUndefined();
    expect(shared.get('users', '1')?.name).toBe('김민준');
    expect(shared.get('users', '2')?.name).toBe('이서연');
    expect(Object.isFrozen(base.users.get('1'))).toBe(true);
  });

  it('lists sample rows in order with changes applied, then added rows', () => {
    const { world } = sandboxWorld();
    world.put('users', String(world.nextId('users')), user(13, 'new'));
    world.remove('users', '1');
    world.put('users', '3', user(3, 'three'));
    const ids = world.list('users').map((u) => u.id);
    expect(ids).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(world.list('users').find((u) => u.id === 3)?.name).toBe('three');
  });

  it('ids continue after the sample and are never reused', () => {
    const { world } = sandboxWorld();
    expect(world.nextId('users')).toBe(13);
    expect(world.nextId('users')).toBe(14);
    expect(world.nextId('players')).toBe(53);
  });

  it('counts records and bytes, and reports when a change would not fit', () => {
    const { world, sandbox } = sandboxWorld({ ...DEFAULT_LIMITS, maxRecords: 2, maxBytes: 10_000 });
    world.put('users', '1', user(1, 'a'));
    world.put('users', '1', user(1, 'b'));
    expect(sandbox.records).toBe(1);
    expect(sandbox.bytes).toBe(JSON.stringify(user(1, 'b')).length);
    world.put('users', '2', null);
    expect(world.roomFor('users', '3', user(3, 'c'), { ...DEFAULT_LIMITS, maxRecords: 2 })).toMatchObject({
      ok: false,
      reason: 'records',
    });
    expect(world.roomFor('users', '1', user(1, 'x'.repeat(20_000)), DEFAULT_LIMITS)).toMatchObject({
      ok: false,
      reason: 'bytes',
    });
    expect(world.roomFor('users', '1', user(1, 'd'), { ...DEFAULT_LIMITS, maxRecords: 2 })).toEqual({
      ok: true,
    });
  });

  it('the shared world refuses writes', () => {
    const { shared } = sandboxWorld();
    expect(() => shared.put('users', '1', null)).toThrow('read-only');
  });
});
