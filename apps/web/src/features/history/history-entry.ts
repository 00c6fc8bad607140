/**
 * History: every exchange the learner made, newest first, kept in the browser.
 * The list is capped; the oldest entries are dropped first (and the UI says so).
 */

export const HISTORY_LIMIT = 200;

export interface HistoryEntry {
  /** The exchange id from the playground API. */
  id: string;
  createdAt: string;
  method: string;
  target: string;
  status: number | null;
  reason: string | null;
  totalMs: number;
  /** The editor text that was sent (reopening loads it into the editor). */
  draft: string;
  requestRaw: string;
  responseRaw: string;
  /** Where it came from: the editor, the token button, a Run all, or live traffic. */
  source: 'editor' | 'token' | 'run-all';
  /**
   * The full exchange (without re-derivable parts) for showing it again; dropped from the
   * oldest entries first when the browser's storage is full.
   */
  detail?: unknown;
}

export type StatusClass = 'all' | '1xx' | '2xx' | '3xx' | '4xx' | '5xx' | 'none';
export const STATUS_CLASSES = [
  'all',
  '2xx',
  '3xx',
  '4xx',
  '5xx',
  '1xx',
  'none',
] as const satisfies readonly StatusClass[];

/**
 * The class of a status code, 'none' when no status line came back.
 * @example statusClassOf(404) // '4xx'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
export function statusClassOf(status: number | null): Exclude<StatusClass, 'all'> {
  if (status === null || status < 100 || status > 599) return 'none';
  return `${Math.floor(status / 100)}xx` as Exclude<StatusClass, 'all' | 'none'>;
}

/**
 * Adds an entry at the top; returns the new list and how many old entries fell off.
 * @example addEntry([], entry).list.length // 1
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
export function addEntry(
  list: readonly HistoryEntry[],
  entry: HistoryEntry,
  limit = HISTORY_LIMIT,
): { list: HistoryEntry[]; dropped: number } {
  const next = [entry, ...list.filter((e) => e.id !== entry.id)];
  const dropped = Math.max(0, next.length - limit);
  return { list: next.slice(0, limit), dropped };
}

export interface HistoryFilter {
  text: string;
  statusClass: StatusClass;
}

/**
 * Entries matching a free text (method, target, status, reason) and a status class.
 * @example filterEntries(list, { text: 'users', statusClass: '4xx' })
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
export function filterEntries(list: readonly HistoryEntry[], filter: HistoryFilter): HistoryEntry[] {
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return list.filter((e) => {
    if (filter.statusClass !== 'all' && statusClassOf(e.status) !== filter.statusClass) return false;
    const hay = `${e.method} ${e.target} ${e.status ?? ''} ${e.reason ?? ''}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    typeof e.createdAt === 'string' &&
    typeof e.method === 'string' &&
    typeof e.target === 'string' &&
    typeof e.draft === 'string' &&
    typeof e.requestRaw === 'string' &&
    typeof e.responseRaw === 'string' &&
    (typeof e.status === 'number' || e.status === null)
  );
}

/** Keeps the well-formed entries of whatever storage held. */
export function isEntryList(value: unknown): value is HistoryEntry[] {
  return Array.isArray(value) && value.every(isEntry);
}

/**
 * A lighter copy for a full storage: the oldest half loses its `detail` (raw texts stay).
 * @example compact(list).every((e, i) => i < list.length / 2 || e.detail === undefined)
 * @see https://html.spec.whatwg.org/multipage/webstorage.html#dom-storage-setitem
 */
export function compact(list: readonly HistoryEntry[]): HistoryEntry[] {
  const keep = Math.ceil(list.length / 2);
  return list.map((e, i) => {
    if (i < keep || e.detail === undefined) return e;
    const { detail: _detail, ...rest } = e;
    return rest;
  });
}
