import { useTranslation } from 'react-i18next';
import type { Localized } from '@teapot/lessons';
import { Button } from '../../../components/button.tsx';
import { useLocalized } from '../localized.ts';
import { Markdown } from './markdown.tsx';

export interface HintsProps {
  hints: readonly Localized[];
  shown: number;
  onMore: () => void;
}

/** Hints that unlock one at a time; opened hints stay open. */
export function Hints({ hints, shown, onMore }: HintsProps) {
  const { t } = useTranslation();
  const l = useLocalized();
  const visible = hints.slice(0, shown);
  return (
    <section aria-labelledby="lesson-hints" className="space-y-2">
      <h2 id="lesson-hints" className="font-semibold">
        {t('lessons.hints')}
      </h2>
      {visible.length > 0 && (
        <ol className="space-y-2" aria-live="polite">
          {visible.map((h, i) => (
            <li
              key={i}
              className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-2 text-sm dark:bg-amber-950/40"
            >
              <span className="font-semibold">{t('lessons.hintN', { n: i + 1 })} </span>
              <Markdown source={l(h)} />
            </li>
          ))}
        </ol>
      )}
      {shown < hints.length ? (
        <Button size="sm" onClick={onMore}>
          {t('lessons.showHint', { n: shown + 1, total: hints.length })}
        </Button>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('lessons.noMoreHints')}</p>
      )}
    </section>
  );
}
