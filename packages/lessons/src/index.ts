/**
 * @teapot/lessons: the course as data (en/ko Markdown with typed fields), the goal
 * checker that reads the learner's real exchanges, and helpers for placeholders.
 */
export type * from './types.ts';
export { LANGS, TOPICS } from './types.ts';
export { LESSONS } from './course/index.ts';
export type { LessonId } from './course/index.ts';
export { getLesson, nextLesson } from './lookup.ts';
export { checkGoal, matchExchange } from './check-goal.ts';
export { headerValues, locationPath, pathOf, requestPath } from './exchange-facts.ts';
export { PLACEHOLDERS, captureValues, fillPlaceholders } from './placeholders.ts';
export type { Placeholder, PlaceholderValues } from './placeholders.ts';
export { linksOf, parseInline, parseMarkdown } from './markdown.ts';
export type { Block, Inline } from './markdown.ts';
