import { REFERENCE_KINDS } from '../types.ts';
import type { ReferenceKind } from '../types.ts';

export const REFERENCE_BASE = '/reference';

/** Where the reference screen is: a kind of entry, and one entry when `key` is set. */
export interface ReferenceLocation {
  kind: ReferenceKind;
  key?: string;
}

function isKind(value: string | undefined): value is ReferenceKind {
  return REFERENCE_KINDS.some((k) => k === value);
}

/**
 * Reads a reference path: /reference, /reference/headers, /reference/status-codes/404.
 * Anything else shows the status codes.
 * @example parseReferencePath('/reference/headers/Content-Type') // { kind: 'headers', key: 'Content-Type' }
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.3
 */
export function parseReferencePath(pathname: string): ReferenceLocation {
  const [, base, kind, key] = pathname.split('/');
  if (`/${base}` !== REFERENCE_BASE || !isKind(kind)) return { kind: 'status-codes' };
  let decoded: string | undefined;
  try {
    decoded = key ? decodeURIComponent(key) : undefined;
  } catch {
    decoded = undefined;
  }
  return decoded ? { kind, key: decoded } : { kind };
}

/**
 * The path of a reference page.
 * @example referencePath('methods', 'GET') // '/reference/methods/GET'
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-3.3
 */
export function referencePath(kind: ReferenceKind, key?: string | number): string {
  return key === undefined
    ? `${REFERENCE_BASE}/${kind}`
    : `${REFERENCE_BASE}/${kind}/${encodeURIComponent(String(key))}`;
}
