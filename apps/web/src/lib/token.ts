/**
 * The learner's bearer token for the mock API (it selects their sandbox), kept in the
 * browser. Requests only carry it where the learner can see it: an Authorization line in
 * the editor.
 */
import { useSyncExternalStore } from 'react';
import { readText, writeText } from './storage.ts';

const KEY = 'teapot.token';
/** The placeholder that templates, share links and examples use instead of a real token. */
export const TOKEN_PLACEHOLDER = '{{token}}';

let token: string | null = readText(KEY);
const listeners = new Set<() => void>();

export const tokenStore = {
  get: (): string | null => token,
  set(value: string | null): void {
    token = value;
    writeText(KEY, value);
    for (const l of listeners) l();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The current token (null when the learner has none). */
export function useToken(): string | null {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.get, tokenStore.get);
}

/**
 * Puts the token in place of `{{token}}` (left as is when there is no token).
 * @example fillToken('Authorization: Bearer {{token}}', 'abc') // 'Authorization: Bearer abc'
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export function fillToken(text: string, value: string | null): string {
  return value ? text.replaceAll(TOKEN_PLACEHOLDER, value) : text;
}

/** A short form for showing a token: the first and last characters. */
export function shortToken(value: string): string {
  return value.length <= 12 ? value : `${value.slice(0, 6)}…${value.slice(-4)}`;
}
