import { useTranslation } from 'react-i18next';
import { fillPlaceholders, getLesson } from '@teapot/lessons';
import type { Lesson } from '@teapot/lessons';
import { useLessonSession } from '../hooks/use-lesson-session.ts';
import { useSandbox } from '../hooks/use-sandbox.ts';
import { useLocalized } from '../localized.ts';
import { lessonProgress } from '../progress/progress.ts';
import { useProgress } from '../progress/use-progress.ts';
import type { RenderWorkbench } from '../types.ts';
import { GoalList } from './goal-list.tsx';
import { Markdown } from './markdown.tsx';

export interface LessonEmbedProps {
  lessonId: string;
  renderWorkbench: RenderWorkbench;
}

/** One lesson in an iframe: title, goals, the explanation folded away, and a compact playground. */
export function LessonEmbed({ lessonId, renderWorkbench }: LessonEmbedProps) {
  const { t } = useTranslation();
  const lesson = getLesson(lessonId);
  if (!lesson) {
    return (
      <p role="alert" className="rounded-md border border-amber-500 p-3">
        {t('lessons.notFoundText', { id: lessonId })}
      </p>
    );
  }
  return <CompactLesson key={lesson.id} lesson={lesson} renderWorkbench={renderWorkbench} />;
}

function CompactLesson({ lesson, renderWorkbench }: { lesson: Lesson; renderWorkbench: RenderWorkbench }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const sandbox = useSandbox({ auto: true });
  const session = useLessonSession(lesson, sandbox.token);
  const mine = lessonProgress(useProgress(), lesson.id);
  const start = fillPlaceholders(lesson.start, sandbox.token ? { token: sandbox.token } : {});
  return (
    <div className="space-y-3 break-keep">
      <h1 className="text-lg font-bold">{l(lesson.title)}</h1>
      <details className="rounded-md border border-slate-200 p-2 dark:border-slate-800">
        <summary className="cursor-pointer font-semibold">{t('lessons.explanation')}</summary>
        <Markdown source={l(lesson.body)} className="mt-2" />
      </details>
      <GoalList goals={lesson.goals} met={mine.goals} />
      {sandbox.ready ? (
        <div key={sandbox.token ?? 'none'}>
          {renderWorkbench({ initialRequest: start, onExchange: session.add, compact: true })}
        </div>
      ) : (
        <p role="status">{t('lessons.sandboxPending')}</p>
      )}
    </div>
  );
}
