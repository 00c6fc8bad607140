import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { fixLabel, problemWords, useProblemTexts } from '../editor/problem-text.ts';
import { requestProblems } from '../editor/request-problems.ts';
import type { EditorProblem } from '../editor/request-problems.ts';

export interface ProblemsSummaryProps {
  value: string;
  onJump: (from: number, to: number) => void;
  onFix: (p: EditorProblem) => void;
}

const ICON = { bad: '×', warn: '!', info: 'i' } as const;
const ICON_TONE = {
  bad: 'bg-red-700 text-white dark:bg-red-400 dark:text-slate-950',
  warn: 'bg-amber-600 text-white dark:bg-amber-400 dark:text-slate-950',
  info: 'bg-sky-700 text-white dark:bg-sky-400 dark:text-slate-950',
} as const;
const TONE = {
  bad: 'text-red-800 dark:text-red-300',
  warn: 'text-amber-800 dark:text-amber-300',
  info: 'text-sky-800 dark:text-sky-300',
} as const;

/** The editor's problems as a list under it: jump to one, or apply its quick fix. */
export function ProblemsSummary({ value, onJump, onFix }: ProblemsSummaryProps) {
  const { t, i18n } = useTranslation();
  const deferred = useDeferredValue(value);
  const problems = useMemo(() => requestProblems(deferred), [deferred]);
  void i18n.language;
  useProblemTexts();
  if (problems.length === 0) {
    return (
      <p className="text-xs text-emerald-800 dark:text-emerald-300" data-testid="problems-summary">
        ✓ {t('composer.problems.none')}
      </p>
    );
  }
  return (
    <section aria-label={t('composer.problems.title')} data-testid="problems-summary" className="text-sm">
      <h3 className="sr-only">{t('composer.problems.title')}</h3>
      <p className="text-xs text-slate-700 dark:text-slate-300">
        {t('composer.problems.count', { count: problems.length })}
      </p>
      <ul className="mt-1 max-h-40 space-y-1 overflow-auto">
        {problems.map((p, i) => {
          const words = problemWords(p);
          return (
            <li
              key={`${p.key}-${p.from}-${i}`}
              className="flex flex-wrap items-center gap-2"
              data-problem={p.key}
            >
              <button
                type="button"
                onClick={() => onJump(p.from, p.to)}
                className={`text-left underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600 ${TONE[p.level]}`}
              >
                <span
                  aria-hidden
                  className={`mr-1.5 inline-flex h-4 w-4 items-center justify-center rounded-full text-[0.7rem] font-bold ${ICON_TONE[p.level]}`}
                >
                  {ICON[p.level]}
                </span>
                <span className="sr-only">{t(`composer.problems.level.${p.level}`)}: </span>
                {words.summary}
              </button>
              {p.fix && (
                <Button size="sm" onClick={() => onFix(p)}>
                  {fixLabel(p.fix)}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
