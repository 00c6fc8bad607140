import { PROBLEM_KEYS } from '@teapot/http-message';
import { getHeaderInfo } from '../data/headers.ts';
import { getMethod } from '../data/methods.ts';
import { getStatusCode } from '../data/status-codes.ts';

/**
 * Every note id the linter can produce. Fixed ids are listed one by one; families are a
 * prefix plus a key from a table (status-200, method-get, header-etag, syntax-obs-fold).
 */
export const NOTE_IDS = [
  'status-unregistered',
  'why-no-trace',
  'why-status',
  'method-unknown',
  'request-line-endings-normalized',
  'request-head-terminated',
  'design-uri-trailing-slash',
  'design-uri-uppercase',
  'design-uri-file-extension',
  'design-uri-crud-verb',
  'design-uri-underscore',
  'request-body-no-content-type',
  'request-body-invalid-json',
  'request-body-looks-json',
  'request-accept-invalid',
  'response-201-no-location',
  'response-3xx-no-location',
  'response-405-no-allow',
  'response-405-allow',
  'response-401-no-www-authenticate',
  'response-body-forbidden',
  'response-no-body-ok',
  'response-vary-missing',
  'response-etag-weak',
  'response-etag-strong',
  'response-cacheability',
  'header-unknown',
] as const;

/** The families: each prefix, and whether a key after it names an entry of its table. */
export const NOTE_ID_FAMILIES: Readonly<Record<string, (key: string) => boolean>> = {
  'status-': (key) => /^\d{3}$/.test(key) && getStatusCode(Number(key)) !== undefined,
  'method-': (key) => getMethod(key.toUpperCase()) !== undefined,
  'header-': (key) => getHeaderInfo(key) !== undefined,
  'syntax-': (key) => (PROBLEM_KEYS as readonly string[]).includes(key),
};

/** True when the linter can produce this note id: a fixed one, or a family's with a real key. */
export function isNoteId(id: string): boolean {
  if ((NOTE_IDS as readonly string[]).includes(id)) return true;
  return Object.entries(NOTE_ID_FAMILIES).some(
    ([prefix, names]) => id.startsWith(prefix) && names(id.slice(prefix.length)),
  );
}
