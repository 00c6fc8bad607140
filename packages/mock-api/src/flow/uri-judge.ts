/**
 * The Rulebook's URI rules, checked before routing: no CRUD verbs, lowercase, no file
 * extensions, hyphens rather than underscores, no trailing slash. `/openapi.json` is the one
 * name kept by convention.
 */
import { findCrudVerb } from './crud-verb.ts';

export type UriRule = 'crud-verb' | 'lowercase' | 'file-extension' | 'underscore' | 'trailing-slash';

export interface UriVerdict {
  rule: UriRule;
  /** The path the rule asks for. */
  canonical: string;
  /** A request that does what was meant, when there is one. */
  hint?: string;
}

const EXEMPT: ReadonlySet<string> = new Set(['/openapi.json']);
const PERCENT = /%[0-9A-Fa-f]{2}/g;
const PLAIN = /^(?:\/[a-z0-9-]+)+$|^\/$/;
const EXTENSION = /\.([A-Za-z][A-Za-z0-9]{0,4})$/;

/** Lowercases a path but keeps percent-encoded octets as they are. */
function lowercase(path: string): string {
  return path.replace(/%[0-9A-Fa-f]{2}|[^%]+|%/g, (s) =>
    s.length === 3 && s.startsWith('%') ? s : s.toLowerCase(),
  );
}

/**
 * Judges a request path by the URI rules; `undefined` when it follows all of them.
 * @example judgePath('/users/1/', '') // { rule: 'trailing-slash', canonical: '/users/1' }
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-6.2.2.1
 */
export function judgePath(path: string, search: string): UriVerdict | undefined {
  if (EXEMPT.has(path)) return undefined;
  // Most paths are plainly canonical: lowercase words, digits and hyphens, no trailing slash.
  if (PLAIN.test(path) && findCrudVerb(path, search) === undefined) return undefined;
  const crud = findCrudVerb(path, search);
  if (crud)
    return { rule: 'crud-verb', canonical: crud.hint.slice(crud.hint.indexOf(' ') + 1), hint: crud.hint };
  const bare = path.replace(PERCENT, '');
  if (/[A-Z]/.test(bare)) return { rule: 'lowercase', canonical: lowercase(path) };
  const ext = EXTENSION.exec(path);
  if (ext)
    return {
      rule: 'file-extension',
      canonical: path.slice(0, -ext[0].length),
      hint: `Accept: ${ext[1] === 'csv' ? 'text/csv' : 'application/json'}`,
    };
  if (path.includes('_')) return { rule: 'underscore', canonical: path.replace(/_/g, '-') };
  if (path.length > 1 && (path.endsWith('/') || path.includes('//'))) {
    return { rule: 'trailing-slash', canonical: path.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1') };
  }
  return undefined;
}
