/**
 * The browser's localStorage, made safe: reading never throws (private mode, bad JSON,
 * storage disabled) and writing reports whether it worked (the quota can be full).
 */

/** Reads and validates a JSON value; `fallback` when missing, unreadable or invalid. */
export function readJson<T>(key: string, isValid: (value: unknown) => value is T, fallback: T): T {
  try {
    const text = globalThis.localStorage?.getItem(key);
    if (text == null) return fallback;
    const value: unknown = JSON.parse(text);
    return isValid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

/** Writes a JSON value; false when the browser refused (quota full, storage disabled). */
export function writeJson(key: string, value: unknown): boolean {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function readText(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeText(key: string, value: string | null): boolean {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
