import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LESSONS, fillPlaceholders, getLesson } from '@teapot/lessons';
import type { Lesson } from '@teapot/lessons';
import { Button } from '../../../components/button.tsx';
import { Link } from '../../../components/link.tsx';
import { lessonDraftKey } from '../drafts.ts';
import { useLessonSession } from '../hooks/use-lesson-session.ts';
import { useSandbox } from '../hooks/use-sandbox.ts';
import { useLocalized } from '../localized.ts';
import { lessonProgress, withBugRevealed, withNextHint } from '../progress/progress.ts';
import { updateProgress, useProgress } from '../progress/use-progress.ts';
import type { RenderWorkbench } from '../types.ts';
import { GoalList } from './goal-list.tsx';
import { Hints } from './hints.tsx';
import { Markdown } from './markdown.tsx';
import { SandboxPanel } from './sandbox-panel.tsx';
import { ShareDialog } from './share-dialog.tsx';
import { SpotTheBug } from './spot-the-bug.tsx';

export interface LessonPageProps {
  lessonId: string;
  renderWorkbench: RenderWorkbench;
}

/** `/lessons/:id`: the explanation, goals and hints beside the playground's editor and response. */
export function LessonPage({ lessonId, renderWorkbench }: LessonPageProps) {
  const { t } = useTranslation();
  const lesson = getLesson(lessonId);
  if (!lesson) {
    return (
      <main className="mx-auto max-w-2xl space-y-3 p-6">
        <h1 className="text-2xl font-bold">{t('lessons.notFound')}</h1>
        <p>{t('lessons.notFoundText', { id: lessonId })}</p>
        <Link href="/lessons" className="text-teal-800 underline dark:text-teal-300">
          {t('lessons.backToCourse')}
        </Link>
      </main>
    );
  }
  return <LessonView key={lesson.id} lesson={lesson} renderWorkbench={renderWorkbench} />;
}

function LessonView({ lesson, renderWorkbench }: { lesson: Lesson; renderWorkbench: RenderWorkbench }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const sandbox = useSandbox({ auto: true });
  const session = useLessonSession(lesson, sandbox.token);
  const mine = lessonProgress(useProgress(), lesson.id);
  const [sharing, setSharing] = useState(false);
  const at = LESSONS.findIndex((x) => x.id === lesson.id);
  const previous = LESSONS[at - 1];
  const next = LESSONS[at + 1];

  const title = l(lesson.title);
  useEffect(() => {
    document.title = `${title} · Teapot`;
  }, [title]);

  const start = fillPlaceholders(lesson.start, sandbox.token ? { token: sandbox.token } : {});
  return (
    <main className="grid min-h-0 flex-1 gap-6 p-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] [.presenter_&]:grid-cols-1">
      <article
        aria-labelledby="lesson-title"
        className="min-w-0 space-y-4 break-keep [.presenter_&]:max-w-5xl"
      >
        <nav aria-label={t('lessons.breadcrumb')} className="text-sm">
          <Link href="/lessons" className="text-teal-800 underline dark:text-teal-300">
            {t('lessons.course')}
          </Link>
          <span aria-hidden> › </span>
          <span>{t('lessons.lessonN', { n: lesson.order, total: LESSONS.length })}</span>
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h1 id="lesson-title" className="text-2xl font-bold">
            {l(lesson.title)}
          </h1>
          <div className="flex gap-2">
            <Button size="sm" onClick={() => setSharing(true)}>
              {t('lessons.share')}
            </Button>
          </div>
        </div>
        <Markdown source={l(lesson.body)} className="[.presenter_&]:text-lg" />
        <GoalList goals={lesson.goals} met={mine.goals} />
        <Hints
          hints={lesson.hints}
          shown={mine.hints}
          onMore={() => updateProgress((p) => withNextHint(p, lesson.id, lesson.hints.length))}
        />
        {lesson.spotTheBug && (
          <SpotTheBug
            bug={lesson.spotTheBug}
            revealed={mine.bugRevealed}
            onReveal={() => updateProgress((p) => withBugRevealed(p, lesson.id))}
          />
        )}
        <div className="[.presenter_&]:hidden">
          <SandboxPanel
            token={sandbox.token}
            pending={sandbox.pending}
            failed={sandbox.ready && !sandbox.token}
            exchange={sandbox.exchange}
            onRenew={sandbox.renew}
          />
        </div>
        <nav
          aria-label={t('lessons.pager')}
          className="flex justify-between gap-2 border-t border-slate-200 pt-3 text-sm dark:border-slate-800"
        >
          {previous ? (
            <Link href={`/lessons/${previous.id}`} className="text-teal-800 underline dark:text-teal-300">
              ← {l(previous.title)}
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link
              href={`/lessons/${next.id}`}
              className="text-right text-teal-800 underline dark:text-teal-300"
            >
              {l(next.title)} →
            </Link>
          )}
        </nav>
      </article>
      <div className="min-w-0">
        {sandbox.ready ? (
          <div key={sandbox.token ?? 'none'}>
            {renderWorkbench({
              initialRequest: start,
              draftKey: lessonDraftKey(lesson.id),
              onExchange: session.add,
            })}
          </div>
        ) : (
          <p role="status" className="text-slate-600 dark:text-slate-400">
            {t('lessons.sandboxPending')}
          </p>
        )}
      </div>
      <ShareDialog
        open={sharing}
        onClose={() => setSharing(false)}
        path={`/lessons/${lesson.id}`}
        title={l(lesson.title)}
      />
    </main>
  );
}
