/**
 * Success responses: representations with validators and caching headers, 201 with Location,
 * 204, and redirects. Caching follows the data: the shared sample never changes, so it is
 * publicly cacheable; a sandbox belongs to one learner, so it is `private` and revalidated.
 * @see https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2
 */
import { contentHash } from '../http/hash.ts';
import { formatHttpDate, toSecond } from '../http/http-date.ts';
import { MEDIA_TYPES } from '../resources/define.ts';
import type { MediaKind } from '../resources/define.ts';
import { BASE_HEADERS, ECHO_HEADERS } from './base-headers.ts';
import { byteLength } from './content-gate.ts';
import type { Flow } from './flow.ts';
import { checkPreconditions } from './preconditions.ts';
import type { Current } from './preconditions.ts';
import { Reply } from './reply.ts';
import { words } from './trace.ts';

export type Variants = Partial<Record<MediaKind, () => string>>;
type Headers = Record<string, string>;

interface Rendered {
  text: string;
  etag: string;
}

/** Renderings of frozen sample rows never change, so they are kept. */
const renderings = new WeakMap<object, Partial<Record<MediaKind, Rendered>>>();

/** Renders one variant (cached when `key` is a frozen sample row) with its entity-tag. */
export function render(variants: Variants, kind: MediaKind, key?: object): Rendered {
  const cacheable = key !== undefined && Object.isFrozen(key);
  const cached = cacheable ? renderings.get(key)?.[kind] : undefined;
  if (cached) return cached;
  const make = variants[kind] ?? variants.json;
  const text = make ? make() : '';
  const rendered = { text, etag: contentHash(text) };
  if (cacheable) renderings.set(key, { ...renderings.get(key), [kind]: rendered });
  return rendered;
}

const VARY = {
  data: { true: 'Accept, Authorization', false: 'Authorization' },
  static: { true: 'Accept', false: undefined },
  'no-store': { true: 'Accept', false: undefined },
} as const;

/** Cache-Control (and Vary) for a GET of this resource, from its policy and the world. */
export function cacheHeaders(f: Flow, into: Headers = {}): Headers {
  const policy = f.resource.cache;
  if (policy === 'no-store') into['Cache-Control'] = 'no-store';
  else if (policy === 'static' || !f.world.sandbox) into['Cache-Control'] = 'public, max-age=3600';
  else into['Cache-Control'] = 'private, no-cache';
  const vary = VARY[policy][(f.resource.representations?.length ?? 1) > 1 ? 'true' : 'false'];
  if (vary) into.Vary = vary;
  return into;
}

/**
 * Finishes a response with the headers every response gets (added to `headers`, which must be
 * the caller's own object), and the sandbox policy when the content is a learner's (sandbox
 * data, or a redirect note quoting the request). HEAD keeps Content-Length and drops the content.
 */
export function send(f: Flow, status: number, body: string | null, headers: Headers): Reply {
  headers['X-Content-Type-Options'] = BASE_HEADERS['X-Content-Type-Options'];
  if (body !== null && (f.world.sandbox !== undefined || status >= 300))
    headers['Content-Security-Policy'] = ECHO_HEADERS['Content-Security-Policy'];
  if (f.method === 'HEAD' && body !== null) {
    headers['Content-Length'] = String(byteLength(body));
    return new Reply(status, null, headers);
  }
  return new Reply(status, body, headers);
}

export interface RepresentOptions {
  /** Last-Modified of the resource, epoch ms. */
  lastModified?: number;
  /** A frozen row whose renderings may be cached. */
  cacheKey?: object;
  headers?: Headers;
  /** Send ETag/Last-Modified and honour conditional headers (default true). */
  validators?: boolean;
}

/**
 * Sends the chosen representation with 200, after If-None-Match / If-Modified-Since (304)
 * and If-Match / If-Unmodified-Since (412).
 * @example return represent(flow, { json: () => JSON.stringify(user) }, { lastModified })
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1
 */
export function represent(f: Flow, variants: Variants, options: RepresentOptions = {}): Reply {
  const kind = f.chosen ?? 'json';
  const { text, etag } = render(variants, kind, options.cacheKey);
  const headers = cacheHeaders(f, { 'Content-Type': MEDIA_TYPES[kind].contentType });
  if (options.validators !== false) {
    const lastModified = options.lastModified === undefined ? undefined : toSecond(options.lastModified);
    headers.ETag = `"${etag}"`;
    if (lastModified !== undefined) headers['Last-Modified'] = formatHttpDate(lastModified);
    const current: Current = {
      exists: true,
      etags: [etag],
      ...(lastModified !== undefined ? { lastModified } : {}),
    };
    checkPreconditions(f, current, () => {
      const { 'Content-Type': _type, ...rest } = headers;
      return send(f, 304, null, rest);
    });
  }
  Object.assign(headers, options.headers);
  f.settle(
    'response-has-body',
    true,
    words(`200 with ${MEDIA_TYPES[kind].essence}`, `200, ${MEDIA_TYPES[kind].essence} 본문`),
    { chosen: MEDIA_TYPES[kind].essence },
    200,
  );
  return send(f, 200, text, headers);
}

/** Current validators of a row across all its representations, for unsafe methods. */
export function currentOf(
  f: Flow,
  variants: Variants,
  lastModified: number | undefined,
  key?: object,
): Current {
  const kinds = (f.resource.representations ?? ['json']) as readonly MediaKind[];
  const etags = kinds.map((k) => render(variants, k, key).etag);
  return {
    exists: true,
    etags,
    ...(lastModified !== undefined ? { lastModified: toSecond(lastModified) } : {}),
  };
}

/** Pretty JSON with a final newline: learners read these bodies raw. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
