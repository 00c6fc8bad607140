/** Placeholder list; the parser's owner fills it. */
export const PROBLEM_KEYS = ['placeholder'] as const;
