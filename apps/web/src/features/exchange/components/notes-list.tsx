import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '@teapot/http-notes';
import type { Highlight } from '../types.ts';
import { groupNotes } from '../utils/group-notes.ts';
import { NoteItem } from './note-item.tsx';

export interface NotesListProps {
  notes: Note[];
  onHighlight: (h: Highlight | null) => void;
  /** Heading level of the exchange view this list sits in. */
  level?: 2 | 3;
}

/** Notes grouped: what the status means, why you got it, then problems down to good practice. */
export function NotesList({ notes, onHighlight, level = 2 }: NotesListProps) {
  const { t } = useTranslation();
  const title = useId();
  const groups = groupNotes(notes);
  if (groups.length === 0) return null;
  const Title = level === 2 ? 'h3' : 'h4';
  const Group = level === 2 ? 'h4' : 'h5';
  return (
    <section aria-labelledby={title} className="space-y-4">
      <Title id={title} className="sr-only">
        {t('exchange.notes.title')}
      </Title>
      {groups.map((g) => (
        <div key={g.key}>
          <Group className="mb-1.5 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {t(`exchange.notes.group.${g.key}`)}
            <span className="ml-1.5 font-normal normal-case">({g.notes.length})</span>
          </Group>
          <ul className="space-y-1.5">
            {g.notes.map((note, i) => (
              <li key={`${note.id}-${i}`}>
                <NoteItem note={note} onHighlight={onHighlight} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
