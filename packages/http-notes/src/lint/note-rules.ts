/**
 * Which design rule backs a note: the linter says what is wrong with *this* exchange, the
 * rule (data/rules.ts) says what a careful API does in general, and the UI links one to the
 * other. Kept as one table, so a reviewer sees every pairing at once. A note links a rule only
 * when the rule is about exactly what the note points at (an Accept member that is not a media
 * range, for example, breaks no design rule, only the syntax).
 */
import type { RuleId } from '../data/rules.ts';
import type { Note } from '../types.ts';

/** Note id → the rule it applies. The notes whose rule depends on the exchange are below. */
export const NOTE_RULES: Readonly<Record<string, RuleId>> = {
  'design-uri-trailing-slash': 'uri-no-trailing-slash',
  'design-uri-uppercase': 'uri-lowercase',
  'design-uri-file-extension': 'uri-no-file-extension',
  'design-uri-crud-verb': 'uri-no-crud-verbs',
  'design-uri-underscore': 'uri-hyphens-not-underscores',
  'request-body-no-content-type': 'content-type-on-body',
  'request-body-looks-json': 'content-type-on-body',
  'response-201-no-location': 'status-201-location',
  'response-3xx-no-location': 'status-3xx-location',
  'response-405-no-allow': 'status-405-allow',
  'response-405-allow': 'status-405-allow',
  'response-401-no-www-authenticate': 'status-401-www-authenticate',
  'response-vary-missing': 'vary-on-negotiation',
  'response-etag-weak': 'etag-strong-vs-weak',
  'response-etag-strong': 'etag-strong-vs-weak',
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
  'syntax-body-without-content-length': 'header-content-length',
  'syntax-read-until-close': 'header-content-length',
  // A 302 from an API: the Rulebook says to send 303 or 307, which say what happens to the method.
  'status-302': 'status-302-avoid',
};

/** The notes about a body where none may be: which rule depends on the status. */
const NO_BODY_NOTES = new Set(['response-body-forbidden', 'response-no-body-ok']);
const NO_BODY_RULES: Readonly<Record<number, RuleId>> = {
  204: 'status-204-no-body',
  304: 'status-304-no-body',
};

/**
 * The rule a note applies, if any.
 * @example ruleForNote({ id: 'design-uri-uppercase', ... }, 200) // 'uri-lowercase'
 * @example ruleForNote({ id: 'response-no-body-ok', ... }, 304) // 'status-304-no-body'
 */
export function ruleForNote(
  note: Pick<Note, 'id' | 'subject'>,
  status: number | undefined,
): RuleId | undefined {
  if (NO_BODY_NOTES.has(note.id)) return status === undefined ? undefined : NO_BODY_RULES[status];
  // Cacheability links the rule to say Cache-Control only when the response did not say it
  // (the note then points at the status line, not at a Cache-Control field).
  if (note.id === 'response-cacheability')
    return note.subject.kind === 'status-line' ? 'caching-headers' : undefined;
  return NOTE_RULES[note.id];
}

/**
 * The notes, each that applies a rule copied with `rule` set; the others are the same objects
 * (some are shared between exchanges, see memo.ts, so none is changed in place).
 */
export function withRules(notes: Note[], status: number | undefined): Note[] {
  return notes.map((note) => {
    const rule = ruleForNote(note, status);
    return rule ? { ...note, rule } : note;
  });
}
