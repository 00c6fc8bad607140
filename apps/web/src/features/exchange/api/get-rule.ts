import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Localized } from '@teapot/http-notes';
import { apiFetch } from '../../../lib/api-client.ts';

/** The part of a design rule a note shows: GET /api/rules/{id}. */
export interface RuleSummary {
  id: string;
  level: 'must' | 'should' | 'may';
  summary: Localized;
}

export const ruleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['rules', id],
    queryFn: () => apiFetch<RuleSummary>(`/api/rules/${encodeURIComponent(id)}`),
    staleTime: Infinity,
  });

/** Loads the rule a note links to (once per rule: the answer never changes while the server runs). */
export function useRule(id: string | undefined) {
  return useQuery({ ...ruleQueryOptions(id ?? ''), enabled: Boolean(id) });
}

/** Fetches a rule ahead of need (a note about to be opened); nothing when there is none. */
export function usePrefetchRule(id: string | undefined) {
  const client = useQueryClient();
  return () => {
    if (id) void client.prefetchQuery(ruleQueryOptions(id));
  };
}
