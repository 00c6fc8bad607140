/**
 * The learner's course progress, saved in localStorage and shared by every component that
 * reads it (the course map, a lesson, the embed) through one small store.
 */
import { useSyncExternalStore } from 'react';
import { readJson, writeJson } from '../../../lib/storage.ts';
import { isProgress } from './progress.ts';
import type { Progress } from './progress.ts';

const KEY = 'teapot.lessons.progress';
const listeners = new Set<() => void>();
let current: Progress = readJson(KEY, isProgress, {});

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY) {
      current = readJson(KEY, isProgress, {});
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Applies a change and saves it; other tabs pick it up through the storage event. */
export function updateProgress(change: (p: Progress) => Progress): void {
  const next = change(current);
  if (next === current) return;
  current = next;
  writeJson(KEY, next);
  for (const l of listeners) l();
}

export function resetProgress(): void {
  updateProgress(() => ({}));
}

export function useProgress(): Progress {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
}
