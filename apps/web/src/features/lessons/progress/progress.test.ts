import { describe, expect, it } from 'vitest';
import {
  isLessonDone,
  isProgress,
  lessonProgress,
  withBugRevealed,
  withGoalsMet,
  withNextHint,
} from './progress.ts';

const lesson = { id: 'post-create', goals: [{ id: 'created' }, { id: 'follow' }] };

describe('progress', () => {
  it('starts empty for an unknown lesson', () => {
    expect(lessonProgress({}, 'x')).toEqual({ goals: [], hints: 0, bugRevealed: false });
  });

  it('adds goals once, in the order they were met', () => {
    const a = withGoalsMet({}, 'post-create', ['follow']);
    const b = withGoalsMet(a, 'post-create', ['created', 'follow']);
    expect(b['post-create']?.goals).toEqual(['follow', 'created']);
    expect(withGoalsMet(b, 'post-create', ['created'])).toBe(b);
  });

  it('marks a lesson done only when every goal is met', () => {
    const one = withGoalsMet({}, 'post-create', ['created']);
    expect(isLessonDone(one, lesson)).toBe(false);
    expect(isLessonDone(withGoalsMet(one, 'post-create', ['follow']), lesson)).toBe(true);
  });

  it('opens hints one by one and never past the last', () => {
    let p = withNextHint({}, 'delete', 2);
    p = withNextHint(p, 'delete', 2);
    p = withNextHint(p, 'delete', 2);
    expect(p.delete?.hints).toBe(2);
  });

  it('remembers a revealed answer without touching goals', () => {
    const p = withBugRevealed(withGoalsMet({}, 'auth', ['g']), 'auth');
    expect(p.auth).toEqual({ goals: ['g'], hints: 0, bugRevealed: true });
  });

  it('accepts only well-formed stored progress', () => {
    expect(isProgress({ a: { goals: ['x'], hints: 1, bugRevealed: false } })).toBe(true);
    expect(isProgress({ a: { goals: [1], hints: 1, bugRevealed: false } })).toBe(false);
    expect(isProgress({ a: { goals: [], hints: -1, bugRevealed: false } })).toBe(false);
    expect(isProgress([])).toBe(false);
    expect(isProgress(null)).toBe(false);
  });
});
