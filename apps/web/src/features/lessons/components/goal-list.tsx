import { useTranslation } from 'react-i18next';
import type { Goal } from '@teapot/lessons';
import { useLocalized } from '../localized.ts';
import { Markdown } from './markdown.tsx';

export interface GoalListProps {
  goals: readonly Goal[];
  met: readonly string[];
}

/** The lesson's goals; each ticks when the learner's exchanges meet it. */
export function GoalList({ goals, met }: GoalListProps) {
  const { t } = useTranslation();
  const l = useLocalized();
  const done = goals.filter((g) => met.includes(g.id)).length;
  return (
    <section
      aria-labelledby="lesson-goals"
      className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
    >
      <h2 id="lesson-goals" className="flex items-baseline justify-between gap-2 font-semibold">
        {t('lessons.goals')}
        <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
          {t('lessons.goalsDone', { done, total: goals.length })}
        </span>
      </h2>
      <ul className="mt-2 space-y-2">
        {goals.map((g) => {
          const ok = met.includes(g.id);
          return (
            <li key={g.id} data-goal-id={g.id} data-met={ok} className="flex items-start gap-2">
              <span
                aria-hidden
                className={`mt-0.5 inline-flex h-5 w-5 shrink-0 items-center justify-center rounded-full border text-xs font-bold ${
                  ok
                    ? 'border-emerald-700 bg-emerald-700 text-white dark:border-emerald-400 dark:bg-emerald-400 dark:text-slate-950'
                    : 'border-slate-400 text-transparent dark:border-slate-500'
                }`}
              >
                ✓
              </span>
              <span className="sr-only">{ok ? t('lessons.goalMet') : t('lessons.goalOpen')}: </span>
              <Markdown source={l(g.text)} className={ok ? 'text-slate-700 dark:text-slate-300' : ''} />
            </li>
          );
        })}
      </ul>
      <p role="status" className="sr-only">
        {done > 0 ? t('lessons.goalsDone', { done, total: goals.length }) : ''}
      </p>
    </section>
  );
}
