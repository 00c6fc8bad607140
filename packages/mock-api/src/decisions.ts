/** Placeholder list; the mock API's owner fills it. */
export const DECISION_IDS = ['placeholder'] as const;
