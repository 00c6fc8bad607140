import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LESSONS } from '@teapot/lessons';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { Link } from '../../../components/link.tsx';
import { useLocalized } from '../localized.ts';
import { isLessonDone, lessonProgress } from '../progress/progress.ts';
import { resetProgress, useProgress } from '../progress/use-progress.ts';

/** `/lessons`: the course map, each lesson with the learner's progress, and a reset. */
export function CourseMap() {
  const { t } = useTranslation();
  const l = useLocalized();
  const progress = useProgress();
  const [confirming, setConfirming] = useState(false);
  const done = LESSONS.filter((lesson) => isLessonDone(progress, lesson)).length;

  useEffect(() => {
    document.title = `${t('lessons.courseTitle')} · Teapot`;
  }, [t]);

  return (
    <main className="mx-auto w-full max-w-5xl flex-1 space-y-4 break-keep p-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t('lessons.courseTitle')}</h1>
          <p className="text-slate-600 dark:text-slate-400">{t('lessons.courseIntro')}</p>
        </div>
        <div className="flex items-center gap-3">
          <p role="status" className="text-sm">
            {t('lessons.lessonsDone', { done, total: LESSONS.length })}
          </p>
          <Button size="sm" variant="secondary" onClick={() => setConfirming(true)}>
            {t('lessons.reset')}
          </Button>
        </div>
      </div>
      <ol className="grid gap-3 md:grid-cols-2">
        {LESSONS.map((lesson) => {
          const met = lessonProgress(progress, lesson.id).goals.filter((g) =>
            lesson.goals.some((x) => x.id === g),
          ).length;
          const finished = met === lesson.goals.length;
          const state = finished ? 'done' : met > 0 ? 'started' : 'new';
          return (
            <li key={lesson.id} data-lesson-id={lesson.id} data-state={state}>
              <Link
                href={`/lessons/${lesson.id}`}
                className="flex h-full gap-3 rounded-lg border border-slate-200 p-3 hover:border-teal-600 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-800 dark:hover:bg-teal-950/40"
              >
                <span
                  aria-hidden
                  className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-sm font-bold ${
                    finished
                      ? 'bg-emerald-700 text-white dark:bg-emerald-400 dark:text-slate-950'
                      : 'border border-slate-400 text-slate-700 dark:border-slate-500 dark:text-slate-300'
                  }`}
                >
                  {finished ? '✓' : lesson.order}
                </span>
                <span className="min-w-0">
                  <span className="block font-semibold">{l(lesson.title)}</span>
                  <span className="block text-sm text-slate-600 dark:text-slate-400">
                    {l(lesson.summary)}
                  </span>
                  <span className="mt-1 block text-xs text-slate-700 dark:text-slate-300">
                    {finished
                      ? t('lessons.stateDone')
                      : t('lessons.goalsDone', { done: met, total: lesson.goals.length })}
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t('lessons.resetTitle')}
        description={t('lessons.resetText')}
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>{t('lessons.cancel')}</Button>
            <Button
              variant="danger"
              onClick={() => {
                resetProgress();
                setConfirming(false);
              }}
            >
              {t('lessons.resetConfirm')}
            </Button>
          </>
        }
      >
        <p className="text-sm">{t('lessons.resetKeeps')}</p>
      </Dialog>
    </main>
  );
}
