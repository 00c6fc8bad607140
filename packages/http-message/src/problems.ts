/**
 * Every problem the parser can report, as data: a stable kebab-case key, its default level,
 * the spec section the rule comes from, and the names of the facts it passes in `params`.
 * The en/ko texts live in `@teapot/http-notes`, keyed by `key`; they may use `{name}`
 * placeholders for the listed params.
 *
 * Levels: `bad` where a strict server (Node's llhttp, or the RFC's MUST) rejects the message,
 * `warn` where it is legal but suspect or the server only tolerates it, `info` where it is
 * notable. A few problems raise or lower the level for one occurrence (noted below).
 */
import type { ProblemLevel } from './types.ts';

export interface ProblemInfo {
  key: string;
  level: ProblemLevel;
  /** Spec link with a section anchor. */
  see: string;
  /** Names of the `params` every occurrence carries. */
  params: readonly string[];
}

const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110';
const RFC9112 = 'https://www.rfc-editor.org/rfc/rfc9112';

/**
 * The problem table, one entry per key.
 *
 * @example PROBLEMS.find((p) => p.key === 'missing-host')?.see // 'https://www.rfc-editor.org/rfc/rfc9112#section-3.2'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
export const PROBLEMS = [
  // The message as a whole
  { key: 'empty-request', level: 'bad', see: `${RFC9112}#section-2.1`, params: [] },
  { key: 'empty-response', level: 'bad', see: `${RFC9112}#section-2.1`, params: [] },
  { key: 'leading-empty-lines', level: 'info', see: `${RFC9112}#section-2.2`, params: ['count'] },
  // Level `bad` (instead of `warn`) when the bare LF ends a chunked framing line: the
  // allowance in RFC 9112 section 2.2 covers the start line and fields only.
  { key: 'bare-lf', level: 'warn', see: `${RFC9112}#section-2.2`, params: ['count'] },
  { key: 'bare-cr', level: 'bad', see: `${RFC9112}#section-2.2`, params: [] },
  { key: 'missing-blank-line', level: 'bad', see: `${RFC9112}#section-2.1`, params: [] },
  { key: 'whitespace-after-start-line', level: 'bad', see: `${RFC9112}#section-2.2`, params: [] },
  { key: 'head-too-large', level: 'warn', see: `${RFC9110}#section-5.4`, params: ['bytes', 'limit'] },
  {
    key: 'http2-preface',
    level: 'bad',
    see: 'https://www.rfc-editor.org/rfc/rfc9113#section-3.4',
    params: [],
  },

  // Request line
  { key: 'invalid-request-line', level: 'bad', see: `${RFC9112}#section-3`, params: ['line'] },
  // Level `warn` for runs of several SP between the parts (Node accepts them); `bad` for
  // HTAB or whitespace at the start or end of the line (Node answers 400).
  { key: 'request-line-whitespace', level: 'bad', see: `${RFC9112}#section-3`, params: [] },
  { key: 'http09-request', level: 'warn', see: `${RFC9112}#appendix-C.1`, params: ['method', 'target'] },
  { key: 'invalid-method-token', level: 'bad', see: `${RFC9112}#section-3.1`, params: ['method', 'char'] },
  { key: 'lowercase-method', level: 'bad', see: `${RFC9110}#section-9.1`, params: ['method', 'expected'] },
  { key: 'invalid-request-target', level: 'bad', see: `${RFC9112}#section-3.2`, params: ['target', 'char'] },
  {
    key: 'non-ascii-request-target',
    level: 'bad',
    see: 'https://www.rfc-editor.org/rfc/rfc3986#section-2.1',
    params: ['target', 'encoded'],
  },
  { key: 'target-missing-leading-slash', level: 'bad', see: `${RFC9112}#section-3.2.1`, params: ['target'] },
  { key: 'fragment-in-request-target', level: 'warn', see: `${RFC9112}#section-3.2.1`, params: ['fragment'] },
  { key: 'target-form-not-allowed', level: 'bad', see: `${RFC9112}#section-3.2`, params: ['form', 'method'] },
  { key: 'absolute-form-target', level: 'info', see: `${RFC9112}#section-3.2.2`, params: ['target'] },
  { key: 'invalid-http-version', level: 'bad', see: `${RFC9112}#section-2.3`, params: ['version'] },
  { key: 'unsupported-http-version', level: 'bad', see: `${RFC9110}#section-15.6.6`, params: ['version'] },
  { key: 'http10-request', level: 'info', see: `${RFC9112}#section-9.3`, params: [] },

  // Status line
  { key: 'invalid-status-line', level: 'bad', see: `${RFC9112}#section-4`, params: ['line'] },
  { key: 'invalid-status-code', level: 'bad', see: `${RFC9110}#section-15`, params: ['code'] },
  { key: 'status-line-missing-space', level: 'warn', see: `${RFC9112}#section-4`, params: [] },
  { key: 'invalid-reason-phrase', level: 'bad', see: `${RFC9112}#section-4`, params: ['char'] },
  { key: 'interim-response', level: 'info', see: `${RFC9110}#section-15.2`, params: ['status'] },

  // Field lines
  { key: 'header-missing-colon', level: 'bad', see: `${RFC9112}#section-5`, params: ['line'] },
  { key: 'whitespace-before-colon', level: 'bad', see: `${RFC9112}#section-5.1`, params: ['name'] },
  { key: 'invalid-field-name', level: 'bad', see: `${RFC9110}#section-5.1`, params: ['name', 'char'] },
  { key: 'invalid-field-value', level: 'bad', see: `${RFC9110}#section-5.5`, params: ['name', 'char'] },
  { key: 'non-ascii-field-value', level: 'warn', see: `${RFC9110}#section-5.5`, params: ['name'] },
  { key: 'obs-fold', level: 'bad', see: `${RFC9112}#section-5.2`, params: ['name'] },
  { key: 'missing-host', level: 'bad', see: `${RFC9112}#section-3.2`, params: [] },
  { key: 'duplicate-host', level: 'bad', see: `${RFC9112}#section-3.2`, params: ['count'] },
  { key: 'invalid-host', level: 'bad', see: `${RFC9110}#section-7.2`, params: ['value'] },

  // Framing: how long the body is
  { key: 'content-length-invalid', level: 'bad', see: `${RFC9110}#section-8.6`, params: ['value'] },
  { key: 'content-length-duplicate', level: 'bad', see: `${RFC9110}#section-8.6`, params: ['value'] },
  {
    key: 'content-length-duplicate-differs',
    level: 'bad',
    see: `${RFC9112}#section-6.3`,
    params: ['values'],
  },
  { key: 'content-length-and-transfer-encoding', level: 'bad', see: `${RFC9112}#section-6.1`, params: [] },
  {
    key: 'content-length-mismatch',
    level: 'bad',
    see: `${RFC9112}#section-6.3`,
    params: ['declared', 'actual'],
  },
  {
    key: 'body-exceeds-content-length',
    level: 'warn',
    see: `${RFC9112}#section-6.3`,
    params: ['declared', 'actual', 'extra'],
  },
  { key: 'chunked-not-final', level: 'bad', see: `${RFC9112}#section-6.3`, params: ['codings'] },
  { key: 'chunked-more-than-once', level: 'bad', see: `${RFC9112}#section-6.1`, params: ['codings'] },
  { key: 'bad-chunk-size', level: 'bad', see: `${RFC9112}#section-7.1`, params: ['line'] },
  { key: 'chunk-size-mismatch', level: 'bad', see: `${RFC9112}#section-7.1`, params: ['declared'] },
  { key: 'incomplete-chunked-body', level: 'bad', see: `${RFC9112}#section-7.1`, params: [] },
  { key: 'chunked-trailer-fields', level: 'info', see: `${RFC9112}#section-7.1.2`, params: ['count'] },
  { key: 'body-on-get-or-head', level: 'warn', see: `${RFC9110}#section-9.3.1`, params: ['method'] },
  { key: 'body-without-content-length', level: 'warn', see: `${RFC9112}#section-6.3`, params: ['bytes'] },
  { key: 'trailing-bytes-after-message', level: 'warn', see: `${RFC9112}#section-6.3`, params: ['bytes'] },
  { key: 'read-until-close', level: 'info', see: `${RFC9112}#section-6.3`, params: [] },
  {
    key: 'framing-header-on-1xx-or-204',
    level: 'warn',
    see: `${RFC9110}#section-8.6`,
    params: ['name', 'status'],
  },

  // The parser's own bound on its output: a recipient parses defensively, within limits
  { key: 'problems-truncated', level: 'info', see: `${RFC9110}#section-2.3`, params: ['omitted'] },
] as const satisfies readonly ProblemInfo[];

/**
 * Every problem key, in table order.
 *
 * @example PROBLEM_KEYS.includes('obs-fold') // true
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
export const PROBLEM_KEYS = PROBLEMS.map((problem) => problem.key);

type Key = (typeof PROBLEMS)[number]['key'];
const BY_KEY: ReadonlyMap<string, (typeof PROBLEMS)[number]> = new Map(PROBLEMS.map((p) => [p.key, p]));

/**
 * The table entry for a problem key, or `undefined` for an unknown key.
 *
 * @example getProblemInfo('obs-fold')?.level // 'bad'
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
export function getProblemInfo(key: string): ProblemInfo | undefined {
  return BY_KEY.get(key);
}

/**
 * True when `key` is one of the parser's problem keys.
 *
 * @example isProblemKey('bare-lf') // true
 * @see https://www.rfc-editor.org/rfc/rfc9112#section-2.2
 */
export function isProblemKey(key: string): key is Key {
  return BY_KEY.has(key);
}
