import { describe, expect, it } from 'vitest';
import type { Note, NoteCategory, NoteLevel } from '@teapot/http-notes';
import { groupNotes, startsOpen } from './group-notes.ts';

function note(id: string, category: NoteCategory, level: NoteLevel): Note {
  return {
    id,
    category,
    level,
    subject: { kind: 'exchange' },
    summary: { en: id, ko: id },
    text: { en: '', ko: '' },
  };
}

describe('groupNotes', () => {
  it('puts meaning and why first, then levels from bad to good', () => {
    const groups = groupNotes([
      note('good-1', 'header', 'good'),
      note('why', 'why', 'info'),
      note('warn-1', 'design', 'warn'),
      note('status-405', 'status', 'warn'),
      note('bad-1', 'syntax', 'bad'),
      note('method-delete', 'method', 'info'),
      note('info-1', 'response', 'info'),
    ]);
    expect(groups.map((g) => [g.key, g.notes.map((n) => n.id)])).toEqual([
      ['meaning', ['status-405', 'method-delete']],
      ['why', ['why']],
      ['bad', ['bad-1']],
      ['warn', ['warn-1']],
      ['info', ['info-1']],
      ['good', ['good-1']],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupNotes([note('x', 'header', 'info')]).map((g) => g.key)).toEqual(['info']);
    expect(groupNotes([])).toEqual([]);
  });
});

describe('startsOpen', () => {
  it('opens the status explanation and the reason, not the rest', () => {
    expect(startsOpen(note('status-200', 'status', 'good'))).toBe(true);
    expect(startsOpen(note('why-status', 'why', 'info'))).toBe(true);
    expect(startsOpen(note('method-get', 'method', 'info'))).toBe(false);
    expect(startsOpen(note('h', 'header', 'warn'))).toBe(false);
  });
});
