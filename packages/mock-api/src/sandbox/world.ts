/**
 * The data one request sees: the frozen sample, with the sandbox's changes laid over it.
 * Reads fall through to the sample; writes land in the sandbox's overlay only.
 */
import type { Rows, TableName } from '../data/rows.ts';
import type { BaseTables } from '../data/sample.ts';
import type { SandboxLimits } from './limits.ts';
import type { Sandbox } from './sandbox-store.ts';

export type Room = { ok: true } | { ok: false; records: number; bytes: number; reason: 'records' | 'bytes' };

function sizeOf(row: unknown): number {
  return row === null ? 8 : JSON.stringify(row).length;
}

export class World {
  readonly #base: BaseTables;
  /** `undefined` for the shared, read-only sample. */
  readonly sandbox: Sandbox | undefined;

  constructor(base: BaseTables, sandbox: Sandbox | undefined) {
    this.#base = base;
    this.sandbox = sandbox;
  }

  get<T extends TableName>(table: T, key: string): Rows[T] | undefined {
    const changed = this.sandbox?.overlay[table]?.get(key);
    if (changed !== undefined) return changed ?? undefined;
    return this.#base[table].get(key);
  }

  /** Every row of a table in a stable order: sample rows first, then rows added here. */
  list<T extends TableName>(table: T, keep?: (row: Rows[T]) => boolean): Rows[T][] {
    const overlay = this.sandbox?.overlay[table];
    const out: Rows[T][] = [];
    for (const [key, row] of this.#base[table]) {
      const current = overlay?.has(key) ? overlay.get(key) : row;
      if (current && (!keep || keep(current))) out.push(current);
    }
    if (overlay) {
      for (const [key, row] of overlay) {
        if (row && !this.#base[table].has(key) && (!keep || keep(row))) out.push(row);
      }
    }
    return out;
  }

  /** Whether writing `row` (or deleting, with `null`) fits the sandbox's limits. */
  roomFor<T extends TableName>(table: T, key: string, row: Rows[T] | null, limits: SandboxLimits): Room {
    const sandbox = this.#writable();
    const overlay = sandbox.overlay[table];
    const previous = overlay?.get(key);
    const records = sandbox.records + (previous === undefined ? 1 : 0);
    const bytes = sandbox.bytes - (previous === undefined ? 0 : sizeOf(previous)) + sizeOf(row);
    if (records > limits.maxRecords) return { ok: false, records, bytes, reason: 'records' };
    if (bytes > limits.maxBytes) return { ok: false, records, bytes, reason: 'bytes' };
    return { ok: true };
  }

  put<T extends TableName>(table: T, key: string, row: Rows[T] | null): void {
    const sandbox = this.#writable();
    let overlay = sandbox.overlay[table] as Map<string, Rows[T] | null> | undefined;
    if (!overlay) {
      overlay = new Map<string, Rows[T] | null>();
      (sandbox.overlay as Record<TableName, unknown>)[table] = overlay;
    }
    const previous = overlay.get(key);
    if (previous === undefined) sandbox.records += 1;
    else sandbox.bytes -= sizeOf(previous);
    sandbox.bytes += sizeOf(row);
    overlay.set(key, row);
    sandbox.version += 1;
  }

  remove(table: TableName, key: string): void {
    this.put(table, key, null);
  }

  /** The next integer id of a table in this sandbox: one more than any id seen so far. */
  nextId(table: TableName): number {
    const sandbox = this.#writable();
    let next = sandbox.nextIds[table];
    if (next === undefined) {
      next = 1;
      for (const key of this.#base[table].keys()) next = Math.max(next, Number(key) + 1);
    }
    sandbox.nextIds[table] = next + 1;
    sandbox.version += 1;
    return next;
  }

  #writable(): Sandbox {
    if (!this.sandbox) throw new Error('the shared sample data is read-only');
    return this.sandbox;
  }
}
