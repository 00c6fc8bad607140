import { useTranslation } from 'react-i18next';
import type { Note, NoteLevel } from '@teapot/http-notes';
import { currentLanguage } from '../../../lib/i18n.ts';
import type { Highlight } from '../types.ts';

const LEVEL_STYLE: Record<NoteLevel, string> = {
  good: 'border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40',
  info: 'border-sky-500 bg-sky-50 dark:bg-sky-950/40',
  warn: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
  bad: 'border-red-500 bg-red-50 dark:bg-red-950/40',
};
const LEVEL_ORDER: NoteLevel[] = ['bad', 'warn', 'info', 'good'];

export interface NotesListProps {
  notes: Note[];
  onHighlight: (h: Highlight | null) => void;
}

/** Notes grouped: what the status means and why first, then by level. */
export function NotesList({ notes, onHighlight }: NotesListProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const first = notes.filter((n) => n.category === 'status' || n.category === 'why' || n.category === 'method');
  const rest = notes.filter((n) => !first.includes(n));
  const groups = [
    { key: 'meaning', title: t('notes.meaning'), items: first },
    ...LEVEL_ORDER.map((level) => ({
      key: level,
      title: t(`notes.level.${level}`),
      items: rest.filter((n) => n.level === level),
    })),
  ].filter((g) => g.items.length > 0);

  return (
    <section aria-label={t('notes.title')} className="space-y-4">
      {groups.map((g) => (
        <div key={g.key}>
          <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            {g.title}
          </h3>
          <ul className="space-y-2">
            {g.items.map((note, i) => (
              <li key={`${note.id}-${i}`}>
                <article
                  tabIndex={0}
                  data-note-id={note.id}
                  aria-label={note.summary[lang]}
                  onMouseEnter={() => note.span && onHighlight({ target: note.target ?? 'response', span: note.span })}
                  onMouseLeave={() => onHighlight(null)}
                  onFocus={() => note.span && onHighlight({ target: note.target ?? 'response', span: note.span })}
                  onBlur={() => onHighlight(null)}
                  className={`rounded-md border-l-4 p-3 text-sm focus:outline-2 focus:outline-teal-600 ${LEVEL_STYLE[note.level]}`}
                >
                  <p className="font-semibold">
                    <span className="sr-only">{t(`notes.level.${note.level}`)}: </span>
                    {note.summary[lang]}
                  </p>
                  {note.text[lang] && <p className="mt-1 text-slate-700 dark:text-slate-300">{note.text[lang]}</p>}
                  {note.see && (
                    <a
                      className="mt-1 inline-block text-xs text-teal-800 underline dark:text-teal-300"
                      href={note.see}
                      target="_blank"
                      rel="noreferrer"
                    >
                      {t('notes.spec')}
                    </a>
                  )}
                </article>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
