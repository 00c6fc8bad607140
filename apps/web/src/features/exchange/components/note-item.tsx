import { useId, useState } from 'react';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { noteText } from '@teapot/http-notes';
import type { Note, NoteLevel } from '@teapot/http-notes';
import { Link } from '../../../components/link.tsx';
import { currentLanguage } from '../../../lib/i18n.ts';
import { usePrefetchRule, useRule } from '../api/get-rule.ts';
import type { Highlight } from '../types.ts';
import { InlineText } from './inline-text.tsx';
import { startsOpen } from '../utils/group-notes.ts';
import { specLabel } from '../utils/spec-label.ts';

const LEVEL_STYLE: Record<NoteLevel, { box: string; icon: string; mark: string }> = {
  good: {
    box: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40',
    icon: 'bg-emerald-700 text-white',
    mark: '✓',
  },
  info: { box: 'border-sky-600 bg-sky-50 dark:bg-sky-950/40', icon: 'bg-sky-700 text-white', mark: 'i' },
  warn: {
    box: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
    icon: 'bg-amber-500 text-black',
    mark: '!',
  },
  bad: { box: 'border-red-600 bg-red-50 dark:bg-red-950/40', icon: 'bg-red-700 text-white', mark: '✗' },
};

const NOTE_LINK = 'text-teal-800 underline underline-offset-2 dark:text-teal-300';

function inFrame(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

export interface NoteItemProps {
  note: Note;
  onHighlight: (h: Highlight | null) => void;
}

/**
 * One note: its summary as a disclosure button; opened, the longer text and the spec link.
 * Hovering or focusing anywhere in the note highlights the bytes it is about.
 */
export function NoteItem({ note, onHighlight }: NoteItemProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [open, setOpen] = useState(() => startsOpen(note));
  const panel = useId();
  const style = LEVEL_STYLE[note.level];
  const target = note.target ?? 'response';
  const warmRule = usePrefetchRule(note.rule);
  const light = (focused: boolean, reveal = false) =>
    note.span && onHighlight({ target, span: note.span, focused, reveal });
  // Any focus opens the request the bytes are in (it sits below the notes, so nothing moves).
  // Only focus from the keyboard scrolls them into view: scrolling between the press and the
  // release of a click would move the note from under the pointer, and the click would be lost.
  const onFocus = (e: FocusEvent) => {
    warmRule();
    light(true, e.target.matches(':focus-visible'));
  };
  const onBlur = (e: FocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onHighlight(null);
  };
  // Notes about a status code, method or header name their knowledge-base entry instead of
  // carrying its text; the knowledge base is already loaded with this view.
  const text = noteText(note)?.[lang];
  const hasMore = Boolean(text || note.see || note.rule);
  // Loaded when the note is open (where the link shows), and fetched ahead when the pointer or
  // the focus comes to the note, so that it is usually there by the time the note opens.
  const rule = useRule(open ? note.rule : undefined);
  return (
    <article
      data-note-id={note.id}
      data-level={note.level}
      tabIndex={-1}
      onMouseEnter={() => {
        warmRule();
        light(false);
      }}
      onMouseLeave={() => onHighlight(null)}
      onFocus={onFocus}
      onBlur={onBlur}
      className={`rounded-md border-l-4 text-sm focus:outline-2 focus:outline-teal-600 ${style.box}`}
    >
      <button
        type="button"
        aria-expanded={hasMore ? open : undefined}
        aria-controls={hasMore ? panel : undefined}
        onClick={() => hasMore && setOpen(!open)}
        className="flex w-full items-start gap-2 rounded-md p-2.5 text-left focus-visible:outline-2 focus-visible:outline-teal-600"
      >
        <span
          aria-hidden
          className={`mt-0.5 flex h-4 w-4 shrink-0 items-center justify-center rounded-full text-[0.65rem] font-bold ${style.icon}`}
        >
          {style.mark}
        </span>
        <span className="min-w-0 flex-1 font-semibold">
          <span className="sr-only">{t(`exchange.notes.level.${note.level}`)}: </span>
          <InlineText text={note.summary[lang]} />
        </span>
        {note.target === 'request' && (
          <span className="shrink-0 rounded bg-white/70 px-1.5 text-xs text-slate-700 dark:bg-slate-900/60 dark:text-slate-300">
            {t('exchange.notes.inRequest')}
          </span>
        )}
        {hasMore && (
          <span
            aria-hidden
            className={`shrink-0 text-slate-500 transition-transform ${open ? 'rotate-90' : ''}`}
          >
            ▸
          </span>
        )}
      </button>
      {hasMore && (
        <div id={panel} hidden={!open} className="px-2.5 pb-2.5 pl-8">
          {text && (
            <p className="whitespace-pre-line text-slate-800 dark:text-slate-200">
              <InlineText text={text} />
            </p>
          )}
          <div className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-xs font-medium">
            {note.see && (
              <a className={NOTE_LINK} href={note.see} target="_blank" rel="noreferrer">
                {t('exchange.notes.spec', { spec: specLabel(note.see) })}
              </a>
            )}
            {note.rule && (
              // In a tutorial's iframe the reference opens in a new tab, not inside the frame.
              <Link
                className={NOTE_LINK}
                href={`/reference/rules/${encodeURIComponent(note.rule)}`}
                {...(inFrame() ? { target: '_blank', rel: 'noreferrer' } : {})}
              >
                {rule.data
                  ? t('exchange.notes.rule', { rule: rule.data.summary[lang] })
                  : t('exchange.notes.ruleLink')}
              </Link>
            )}
          </div>
        </div>
      )}
    </article>
  );
}
