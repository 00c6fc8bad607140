/**
 * conflict (409) and sandbox-has-room (507): the last checks before a change is stored.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10
 */
import type { Rows, TableName } from '../data/rows.ts';
import type { ProblemInit } from '../problem/problem-error.ts';
import type { Flow, Params } from './flow.ts';
import { words } from './trace.ts';
import type { Fact } from './trace.ts';

export interface Clash {
  fact: Fact;
  params: Params;
  problem: ProblemInit;
}

/**
 * Refuses with 409 when `clash` is given; records a passed check otherwise.
 * @example noConflict(flow, taken ? { fact, params, problem } : undefined, words('email is free', '이메일 사용 가능'))
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10
 */
export function noConflict(f: Flow, clash: Clash | undefined, fact: Fact): void {
  if (clash) f.refuse('conflict', clash.fact, clash.params, clash.problem);
  f.pass('conflict', fact);
}

/**
 * Refuses with 507 when the sandbox cannot hold the change.
 * @example ensureRoom(flow, 'users', '13', row)
 * @see https://www.rfc-editor.org/rfc/rfc4918#section-11.5
 */
export function ensureRoom<T extends TableName>(f: Flow, table: T, key: string, row: Rows[T] | null): void {
  const limits = f.rt.limits;
  const room = f.world.roomFor(table, key, row, limits);
  if (room.ok) return;
  const limit = room.reason === 'records' ? limits.maxRecords : limits.maxBytes;
  f.refuse(
    'sandbox-has-room',
    room.reason === 'records'
      ? words(`records ${room.records} > ${limit}`, `레코드 ${room.records} > ${limit}`)
      : words(`bytes ${room.bytes} > ${limit}`, `바이트 ${room.bytes} > ${limit}`),
    {
      records: room.records,
      bytes: room.bytes,
      limit,
    },
    {
      code: 'sandbox-full',
      detail: `Your sandbox can hold ${limits.maxRecords} changed records and about ${limits.maxBytes} bytes of them, and this change would go past that. Delete something, or start over with a new token from POST /tokens.`,
    },
  );
}

/** The current time as an ISO timestamp. */
export function stamp(f: Flow): string {
  return new Date(f.rt.now()).toISOString();
}
