/**
 * Which design rule backs a note: the linter says what is wrong with *this* exchange, the
 * rule (data/rules.ts) says what a careful API does in general, and the UI links one to the
 * other. Kept as one table, so a reviewer sees every pairing at once.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
import type { RuleId } from '../data/rules.ts';
import type { Note } from '../types.ts';

/** Note id → the rule it applies. Notes about one status name the rule for that status below. */
export const NOTE_RULES: Readonly<Record<string, RuleId>> = {
  'design-uri-trailing-slash': 'uri-no-trailing-slash',
  'design-uri-uppercase': 'uri-lowercase',
  'design-uri-file-extension': 'uri-no-file-extension',
  'design-uri-crud-verb': 'uri-no-crud-verbs',
  'design-uri-underscore': 'uri-hyphens-not-underscores',
  'request-body-no-content-type': 'content-type-on-body',
  'request-body-looks-json': 'content-type-on-body',
  'request-accept-invalid': 'media-type-negotiation',
  'response-201-no-location': 'status-201-location',
  'response-3xx-no-location': 'status-3xx-location',
  'response-405-no-allow': 'status-405-allow',
  'response-405-allow': 'status-405-allow',
  'response-401-no-www-authenticate': 'status-401-www-authenticate',
  'response-vary-missing': 'vary-on-negotiation',
  'response-etag-weak': 'etag-strong-vs-weak',
  'response-etag-strong': 'etag-strong-vs-weak',
  'response-cacheability': 'caching-headers',
  'syntax-missing-host': 'host-required',
  'syntax-duplicate-host': 'host-required',
  'syntax-invalid-host': 'host-required',
  'syntax-body-on-get-or-head': 'method-get-no-body',
  'syntax-content-length-and-transfer-encoding': 'no-content-length-with-transfer-encoding',
  'syntax-chunked-not-final': 'chunked-last-coding',
  'syntax-chunked-more-than-once': 'chunked-last-coding',
  'syntax-content-length-mismatch': 'content-length-counts-bytes',
  'syntax-body-exceeds-content-length': 'content-length-counts-bytes',
  'syntax-framing-header-on-1xx-or-204': 'content-length-not-on-204',
};

/** The notes about a body where none may be: which rule depends on the status. */
const NO_BODY_NOTES = new Set(['response-body-forbidden', 'response-no-body-ok']);
const NO_BODY_RULES: Readonly<Record<number, RuleId>> = {
  204: 'status-204-no-body',
  304: 'status-304-no-body',
};

/**
 * The rule a note applies, if any.
 * @example ruleForNote('design-uri-uppercase', 200) // 'uri-lowercase'
 * @example ruleForNote('response-no-body-ok', 304) // 'status-304-no-body'
 */
export function ruleForNote(id: string, status: number | undefined): RuleId | undefined {
  if (NO_BODY_NOTES.has(id)) return status === undefined ? undefined : NO_BODY_RULES[status];
  return NOTE_RULES[id];
}

/**
 * The notes, each that applies a rule copied with `rule` set; the others are the same objects
 * (some are shared between exchanges, see memo.ts, so none is changed in place).
 */
export function withRules(notes: Note[], status: number | undefined): Note[] {
  return notes.map((note) => {
    const rule = ruleForNote(note.id, status);
    return rule ? { ...note, rule } : note;
  });
}
