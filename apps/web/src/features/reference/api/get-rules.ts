import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { RuleDoc } from '../types.ts';

/** GET /api/rules: the design rules the notes link to, in English and Korean. */
export function getRules(): Promise<RuleDoc[]> {
  return apiFetch<RuleDoc[]>('/api/rules');
}

export const rulesQueryOptions = () =>
  queryOptions({ queryKey: ['rules'], queryFn: getRules, staleTime: Infinity });

export function useRules() {
  return useQuery(rulesQueryOptions());
}
