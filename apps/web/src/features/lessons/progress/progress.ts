/**
 * Course progress as plain data: per lesson, the goals met, the hints opened and whether
 * the spot-the-bug answer was revealed. Kept in the browser; pure functions here.
 */
export interface LessonProgress {
  goals: string[];
  hints: number;
  bugRevealed: boolean;
}

export type Progress = Record<string, LessonProgress>;

const EMPTY: LessonProgress = { goals: [], hints: 0, bugRevealed: false };

export function lessonProgress(progress: Progress, lessonId: string): LessonProgress {
  return progress[lessonId] ?? EMPTY;
}

function update(progress: Progress, lessonId: string, change: Partial<LessonProgress>): Progress {
  return { ...progress, [lessonId]: { ...lessonProgress(progress, lessonId), ...change } };
}

/** Adds goals met; returns the same object when nothing is new (so React can skip a render). */
export function withGoalsMet(progress: Progress, lessonId: string, goalIds: readonly string[]): Progress {
  const known = lessonProgress(progress, lessonId).goals;
  const fresh = goalIds.filter((g) => !known.includes(g));
  return fresh.length === 0 ? progress : update(progress, lessonId, { goals: [...known, ...fresh] });
}

/** Opens one more hint, up to `total`. */
export function withNextHint(progress: Progress, lessonId: string, total: number): Progress {
  const shown = lessonProgress(progress, lessonId).hints;
  return shown >= total ? progress : update(progress, lessonId, { hints: shown + 1 });
}

export function withBugRevealed(progress: Progress, lessonId: string): Progress {
  return update(progress, lessonId, { bugRevealed: true });
}

/** A lesson is done when every one of its goals is met. */
export function isLessonDone(
  progress: Progress,
  lesson: { id: string; goals: readonly { id: string }[] },
): boolean {
  const met = lessonProgress(progress, lesson.id).goals;
  return lesson.goals.every((g) => met.includes(g.id));
}

function isLessonProgress(value: unknown): value is LessonProgress {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.goals) &&
    v.goals.every((g) => typeof g === 'string') &&
    typeof v.hints === 'number' &&
    Number.isInteger(v.hints) &&
    v.hints >= 0 &&
    typeof v.bugRevealed === 'boolean'
  );
}

/** Whether stored JSON is progress we can trust; anything else is dropped, never crashes the page. */
export function isProgress(value: unknown): value is Progress {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).every(isLessonProgress);
}
