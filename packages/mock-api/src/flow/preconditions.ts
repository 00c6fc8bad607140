/**
 * Conditional requests, evaluated in the order RFC 9110 gives: If-Match, else
 * If-Unmodified-Since; then If-None-Match, else (GET/HEAD) If-Modified-Since. A failed
 * condition is 412, or 304 for If-None-Match / If-Modified-Since on GET and HEAD.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-13.2.2
 */
import { parseEntityTagList, strongMatch, weakMatch } from '../http/entity-tag.ts';
import { formatHttpDate, parseHttpDate } from '../http/http-date.ts';
import type { ProblemInit } from '../problem/problem-error.ts';
import type { Flow } from './flow.ts';
import { Reply } from './reply.ts';
import { words } from './trace.ts';
import type { Fact } from './trace.ts';

export interface Current {
  /** Does the target have a current representation? */
  exists: boolean;
  /** Opaque parts of the current strong entity-tags (one per representation). */
  etags: readonly string[];
  /** Last-Modified in epoch ms (whole seconds), when known. */
  lastModified?: number;
}

function quoted(etags: readonly string[]): string {
  return etags.length === 0 ? '(none)' : etags.map((e) => `"${e}"`).join(', ');
}

/**
 * `If-Match "a" = current "b"`, in Korean `If-Match "a" = 현재 "b"`; with no current tag
 * `current (none)`, `현재 (없음)`.
 */
function compared(header: string, value: string, op: string, etags: readonly string[]): Fact {
  const head = `${header} ${value} ${op} `;
  const now = quoted(etags);
  return words(`${head}current ${now}`, `${head}현재 ${etags.length === 0 ? '(없음)' : now}`);
}

/** Why a date precondition is ignored: its value is no HTTP-date, or there is no Last-Modified. */
const notHttpDate = (value: string) =>
  words(`"${value}" is not an HTTP-date: ignored`, `"${value}": HTTP-date 아님, 무시`);
const NO_LAST_MODIFIED = words('no Last-Modified: ignored', 'Last-Modified 없음: 무시');

function failed(f: Flow, detail: string): ProblemInit {
  return {
    code: 'precondition-failed',
    detail: `${detail} Nothing was changed; GET ${f.path} for the current state and try again.`,
  };
}

function ifMatch(f: Flow, value: string, current: Current): void {
  const list = parseEntityTagList(value);
  const now = quoted(current.etags);
  const params = { header: 'If-Match', value, current: now };
  const ok =
    list.kind === 'any'
      ? current.exists
      : list.kind === 'tags' &&
        list.tags.some((t) => current.etags.some((e) => strongMatch(t, { weak: false, opaque: e })));
  if (ok) return f.pass('if-match', compared('If-Match', value, '=', current.etags), params);
  const detail =
    list.kind === 'invalid'
      ? `If-Match "${value}" is not a list of entity-tags; an entity-tag is quoted, e.g. If-Match: "${current.etags[0] ?? 'abc'}".`
      : !current.exists
        ? `If-Match ${value} asks for a current representation, and ${f.path} has none.`
        : `If-Match ${value} does not match the current entity-tag ${now}: someone changed the resource since you read it.`;
  f.refuse('if-match', compared('If-Match', value, '≠', current.etags), params, failed(f, detail));
}

function ifUnmodifiedSince(f: Flow, value: string, current: Current): void {
  const date = parseHttpDate(value, f.rt.now);
  const lm = current.lastModified;
  const params = {
    header: 'If-Unmodified-Since',
    value,
    current: lm === undefined ? '(none)' : formatHttpDate(lm),
  };
  if (date === undefined || lm === undefined) {
    return f.pass('if-unmodified-since', date === undefined ? notHttpDate(value) : NO_LAST_MODIFIED, params);
  }
  if (lm <= date) return f.pass('if-unmodified-since', `Last-Modified ${params.current} ≤ ${value}`, params);
  f.refuse(
    'if-unmodified-since',
    `Last-Modified ${params.current} > ${value}`,
    params,
    failed(f, `${f.path} was modified at ${params.current}, after ${value}.`),
  );
}

function ifNoneMatch(f: Flow, value: string, current: Current, notModified: () => Reply): void {
  const list = parseEntityTagList(value);
  const now = quoted(current.etags);
  const params = { header: 'If-None-Match', value, current: now };
  const matched =
    list.kind === 'any'
      ? current.exists
      : list.kind === 'tags' &&
        list.tags.some((t) => current.etags.some((e) => weakMatch(t, { weak: false, opaque: e })));
  if (!matched) return f.pass('if-none-match', compared('If-None-Match', value, '∌', current.etags), params);
  const fact = compared('If-None-Match', value, '∋', current.etags);
  if (f.method === 'GET' || f.method === 'HEAD') f.halt('if-none-match', false, fact, params, notModified());
  const detail =
    list.kind === 'any'
      ? `If-None-Match: * asks that ${f.path} not exist yet, and it does.`
      : `If-None-Match ${value} matches the current entity-tag ${now}.`;
  f.refuse('if-none-match', fact, params, failed(f, detail));
}

function ifModifiedSince(f: Flow, value: string, current: Current, notModified: () => Reply): void {
  const date = parseHttpDate(value, f.rt.now);
  const lm = current.lastModified;
  const params = {
    header: 'If-Modified-Since',
    value,
    current: lm === undefined ? '(none)' : formatHttpDate(lm),
  };
  if (date === undefined || lm === undefined || date > f.rt.now()) {
    const why =
      date === undefined
        ? notHttpDate(value)
        : lm === undefined
          ? NO_LAST_MODIFIED
          : words(`${value} is in the future: ignored`, `${value}: 미래 시각, 무시`);
    return f.pass('if-modified-since', why, params);
  }
  if (lm > date) return f.pass('if-modified-since', `Last-Modified ${params.current} > ${value}`, params);
  f.halt('if-modified-since', false, `Last-Modified ${params.current} ≤ ${value}`, params, notModified());
}

/**
 * Evaluates the request's preconditions against the target's current state.
 * @example checkPreconditions(flow, { exists: true, etags: ['1x2y'], lastModified }, () => notModified)
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-13.2.2
 */
export function checkPreconditions(
  f: Flow,
  current: Current,
  notModified: () => Reply = () => new Reply(304, null, {}),
): void {
  const im = f.header('if-match');
  const ius = f.header('if-unmodified-since');
  const inm = f.header('if-none-match');
  const ims = f.header('if-modified-since');
  if (im !== undefined) ifMatch(f, im, current);
  else if (ius !== undefined) ifUnmodifiedSince(f, ius, current);
  if (inm !== undefined) ifNoneMatch(f, inm, current, notModified);
  else if (ims !== undefined && (f.method === 'GET' || f.method === 'HEAD'))
    ifModifiedSince(f, ims, current, notModified);
}

/**
 * 428 when an update comes without If-Match or If-Unmodified-Since on a resource that needs one.
 * @example requirePrecondition(flow)
 * @see https://www.rfc-editor.org/rfc/rfc6585#section-3
 */
export function requirePrecondition(f: Flow): void {
  if (!f.op?.requiresPrecondition) return;
  const has = f.header('if-match') !== undefined || f.header('if-unmodified-since') !== undefined;
  const params = { method: f.method, resource: f.path };
  if (has) {
    return f.pass(
      'precondition-required',
      words(`${f.method} carries a precondition`, `${f.method}에 전제 조건 있음`),
      params,
    );
  }
  const without = words(`${f.method} without If-Match`, `${f.method}에 If-Match 없음`);
  f.refuse('precondition-required', without, params, {
    code: 'precondition-required',
    detail: `${f.method} on ${f.path} must say which version it changes, so that two editors cannot overwrite each other. GET it, then send its ETag back as If-Match.`,
  });
}
