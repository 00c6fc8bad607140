import { describe, expect, it } from 'vitest';
import { addEntry, compact, filterEntries, isEntryList, statusClassOf } from './history-entry.ts';
import type { HistoryEntry } from './history-entry.ts';

function entry(id: string, method: string, target: string, status: number | null, reason = ''): HistoryEntry {
  return {
    id,
    createdAt: '2026-01-01T00:00:00.000Z',
    method,
    target,
    status,
    reason,
    totalMs: 3,
    draft: `${method} ${target} HTTP/1.1\n`,
    requestRaw: `${method} ${target} HTTP/1.1\r\n`,
    responseRaw: `HTTP/1.1 ${status} ${reason}\r\n`,
    source: 'editor',
    detail: { id },
  };
}

const LIST = [
  entry('a', 'GET', '/users/1', 200, 'OK'),
  entry('b', 'DELETE', '/users/1', 401, 'Unauthorized'),
  entry('c', 'POST', '/users', 201, 'Created'),
  entry('d', 'GET', '/nope', null),
];

describe('history entries', () => {
  it('statusClassOf', () => {
    expect([statusClassOf(100), statusClassOf(204), statusClassOf(404), statusClassOf(599)]).toEqual([
      '1xx',
      '2xx',
      '4xx',
      '5xx',
    ]);
    expect([statusClassOf(null), statusClassOf(600), statusClassOf(42)]).toEqual(['none', 'none', 'none']);
  });

  it('adds newest first and drops the oldest past the limit', () => {
    const first = addEntry([], entry('x', 'GET', '/', 200));
    const { list, dropped } = addEntry(LIST, entry('e', 'PUT', '/users/2', 204), 4);
    expect(first).toEqual({ list: [entry('x', 'GET', '/', 200)], dropped: 0 });
    expect(list.map((e) => e.id)).toEqual(['e', 'a', 'b', 'c']);
    expect(dropped).toBe(1);
  });

  it('does not keep the same exchange twice', () => {
    expect(addEntry(LIST, entry('c', 'POST', '/users', 201)).list.map((e) => e.id)).toEqual([
      'c',
      'a',
      'b',
      'd',
    ]);
  });

  it('filters by words and by status class', () => {
    expect(filterEntries(LIST, { text: 'users', statusClass: 'all' }).map((e) => e.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(filterEntries(LIST, { text: 'get users', statusClass: 'all' }).map((e) => e.id)).toEqual(['a']);
    expect(filterEntries(LIST, { text: '', statusClass: '4xx' }).map((e) => e.id)).toEqual(['b']);
    expect(filterEntries(LIST, { text: 'unauthorized', statusClass: 'all' }).map((e) => e.id)).toEqual(['b']);
    expect(filterEntries(LIST, { text: '', statusClass: 'none' }).map((e) => e.id)).toEqual(['d']);
  });

  it('validates what storage held', () => {
    expect(isEntryList(LIST)).toBe(true);
    expect(isEntryList([{ id: 1 }])).toBe(false);
    expect(isEntryList('[]')).toBe(false);
  });

  it('compact drops detail from the oldest half only', () => {
    const small = compact(LIST);
    expect(small.map((e) => e.detail !== undefined)).toEqual([true, true, false, false]);
    expect(small[3]?.responseRaw).toBe(LIST[3]?.responseRaw);
  });
});
