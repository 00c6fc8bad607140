/**
 * Orders an exchange's notes the way a teacher explains: what the status (and method)
 * means, why the server chose it, then everything else from problems down to praise.
 */
import type { Note, NoteLevel } from '@teapot/http-notes';

export type NoteGroupKey = 'meaning' | 'why' | NoteLevel;

export interface NoteGroup {
  key: NoteGroupKey;
  notes: Note[];
}

const LEVEL_ORDER = ['bad', 'warn', 'info', 'good'] as const satisfies readonly NoteLevel[];

function groupOf(note: Note): NoteGroupKey {
  if (note.category === 'status' || note.category === 'method') return 'meaning';
  if (note.category === 'why') return 'why';
  return note.level;
}

/**
 * Groups notes: 'meaning', 'why', then 'bad', 'warn', 'info', 'good'. Empty groups are
 * left out; notes keep their order inside a group.
 * @example groupNotes(exchange.notes)[0]?.key // 'meaning'
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
export function groupNotes(notes: readonly Note[]): NoteGroup[] {
  const order: NoteGroupKey[] = ['meaning', 'why', ...LEVEL_ORDER];
  return order
    .map((key) => ({ key, notes: notes.filter((n) => groupOf(n) === key) }))
    .filter((g) => g.notes.length > 0);
}

/** Notes to show opened at first: the status explanation and the reason for it. */
export function startsOpen(note: Note): boolean {
  return note.category === 'status' || note.category === 'why';
}
