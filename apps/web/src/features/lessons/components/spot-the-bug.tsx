import { useTranslation } from 'react-i18next';
import type { SpotTheBug as SpotTheBugData } from '@teapot/lessons';
import { Button } from '../../../components/button.tsx';
import { useLocalized } from '../localized.ts';
import { Markdown } from './markdown.tsx';

export interface SpotTheBugProps {
  bug: SpotTheBugData;
  revealed: boolean;
  onReveal: () => void;
}

const PRE =
  'overflow-x-auto whitespace-pre-wrap break-all rounded-md border border-slate-200 bg-slate-50 p-2 font-mono text-xs dark:border-slate-800 dark:bg-slate-900';

/** A real mistake of a popular mock server, as raw text, with a question and its answer. */
export function SpotTheBug({ bug, revealed, onReveal }: SpotTheBugProps) {
  const { t } = useTranslation();
  const l = useLocalized();
  return (
    <section
      aria-labelledby="lesson-bug"
      className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-800"
    >
      <h2 id="lesson-bug" className="font-semibold">
        {t('lessons.spotTheBug')}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t('lessons.bugSource', { source: bug.source })}
      </p>
      <Markdown source={l(bug.question)} />
      <pre tabIndex={0} aria-label={t('lessons.bugRequest')} className={PRE}>
        {bug.request}
      </pre>
      <pre tabIndex={0} aria-label={t('lessons.bugResponse')} className={PRE}>
        {bug.response}
      </pre>
      {revealed ? (
        <div
          role="status"
          className="rounded-md border-l-4 border-emerald-600 bg-emerald-50 p-2 text-sm dark:bg-emerald-950/40"
        >
          <Markdown source={l(bug.answer)} />
          <a
            href={bug.see}
            target="_blank"
            rel="noreferrer"
            className="text-xs text-teal-800 underline dark:text-teal-300"
          >
            {t('lessons.spec')}
          </a>
        </div>
      ) : (
        <Button size="sm" onClick={onReveal}>
          {t('lessons.showAnswer')}
        </Button>
      )}
    </section>
  );
}
