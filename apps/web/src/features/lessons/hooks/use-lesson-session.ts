/**
 * One sitting with a lesson: the exchanges the learner made (from the editor and from outside,
 * through the live stream), checked against the goals as they arrive. Met goals are saved.
 */
import { useCallback, useEffect, useState } from 'react';
import { checkGoal } from '@teapot/lessons';
import type { ExchangeLike, Lesson } from '@teapot/lessons';
import { useLiveExchanges } from '../api/live-exchanges.ts';
import { updateProgress } from '../progress/use-progress.ts';
import { withGoalsMet } from '../progress/progress.ts';

const KEEP = 100;

export function useLessonSession(lesson: Lesson | undefined, token: string | null) {
  const [exchanges, setExchanges] = useState<ExchangeLike[]>([]);
  const add = useCallback((e: ExchangeLike) => setExchanges((list) => [...list, e].slice(-KEEP)), []);
  useLiveExchanges(token, add);

  useEffect(() => setExchanges([]), [lesson?.id]);

  useEffect(() => {
    if (!lesson || exchanges.length === 0) return;
    const met = lesson.goals.filter((g) => checkGoal(g, exchanges)).map((g) => g.id);
    if (met.length > 0) updateProgress((p) => withGoalsMet(p, lesson.id, met));
  }, [exchanges, lesson]);

  return { exchanges, add };
}
