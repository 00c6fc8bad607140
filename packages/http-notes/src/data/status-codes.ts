/**
 * Every registered status code in one table, with lookups. The entries live in one file per
 * class; this module only joins them.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
import type { StatusClass, StatusCodeEntry } from './status-code-entry.ts';
import { STATUS_1XX } from './status-codes-1xx.ts';
import { STATUS_2XX } from './status-codes-2xx.ts';
import { STATUS_3XX } from './status-codes-3xx.ts';
import { STATUS_4XX } from './status-codes-4xx.ts';
import { STATUS_5XX } from './status-codes-5xx.ts';

export type { StatusClass, StatusCodeEntry } from './status-code-entry.ts';

export const STATUS_CODES = [
  ...STATUS_1XX,
  ...STATUS_2XX,
  ...STATUS_3XX,
  ...STATUS_4XX,
  ...STATUS_5XX,
] as const satisfies readonly StatusCodeEntry[];

const BY_CODE: ReadonlyMap<number, StatusCodeEntry> = new Map(STATUS_CODES.map((e) => [e.code, e]));

/**
 * The knowledge-base entry for a registered status code, or `undefined` for any other number.
 * @example getStatusCode(405)?.headers.required // ['Allow']
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
export function getStatusCode(code: number): StatusCodeEntry | undefined {
  return BY_CODE.get(code);
}

/** The class named by each first digit. */
const CLASS_BY_DIGIT = [
  undefined,
  'informational',
  'successful',
  'redirection',
  'client-error',
  'server-error',
] as const satisfies readonly (StatusClass | undefined)[];

/**
 * The class of any three-digit status code from 100 to 599, registered or not, taken from its
 * first digit; `undefined` outside that range. A client treats an unknown code like the x00 of
 * its class.
 * @example statusClassOf(299) // 'successful'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
export function statusClassOf(code: number): StatusClass | undefined {
  if (!Number.isInteger(code) || code < 100 || code > 599) return undefined;
  return CLASS_BY_DIGIT[Math.floor(code / 100)];
}
