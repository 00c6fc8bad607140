import { queryOptions, useQuery } from '@tanstack/react-query';
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

/** Loads a rule once a note that links to it is opened. */
export function useRule(id: string | undefined, enabled: boolean) {
  return useQuery({ ...ruleQueryOptions(id ?? ''), enabled: enabled && Boolean(id) });
}
