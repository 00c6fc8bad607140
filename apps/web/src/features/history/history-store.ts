/**
 * The history list, kept in localStorage and shared by every component that shows it
 * (a tiny external store for useSyncExternalStore).
 */
import { useSyncExternalStore } from 'react';
import { readJson, writeJson } from '../../lib/storage.ts';
import { addEntry, compact, isEntryList } from './history-entry.ts';
import type { HistoryEntry } from './history-entry.ts';

const KEY = 'teapot.history';

let entries: HistoryEntry[] = readJson(KEY, isEntryList, []);
/** How many entries fell off the end since the page loaded (the UI says so). */
let droppedTotal = 0;
const listeners = new Set<() => void>();

function persist(list: HistoryEntry[]): HistoryEntry[] {
  let next = list;
  for (let attempt = 0; attempt < 4; attempt++) {
    if (writeJson(KEY, next)) return next;
    next = attempt < 2 ? compact(next) : next.slice(0, Math.ceil(next.length / 2));
  }
  return next;
}

function set(list: HistoryEntry[]) {
  entries = persist(list);
  for (const l of listeners) l();
}

export const historyStore = {
  add(entry: HistoryEntry): void {
    const { list, dropped } = addEntry(entries, entry);
    droppedTotal += dropped;
    set(list);
  },
  remove(id: string): void {
    set(entries.filter((e) => e.id !== id));
  },
  clear(): void {
    droppedTotal = 0;
    set([]);
  },
  get(id: string): HistoryEntry | undefined {
    return entries.find((e) => e.id === id);
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  snapshot: (): HistoryEntry[] => entries,
  dropped: (): number => droppedTotal,
};

/** The history list, re-rendering on every change. */
export function useHistory(): HistoryEntry[] {
  return useSyncExternalStore(historyStore.subscribe, historyStore.snapshot, historyStore.snapshot);
}
