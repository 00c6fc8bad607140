import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { StatusCodeDoc } from '../types.ts';

/** GET /api/status-codes: every status code in the knowledge base, in English and Korean. */
export function getStatusCodes(): Promise<StatusCodeDoc[]> {
  return apiFetch<StatusCodeDoc[]>('/api/status-codes');
}

export const statusCodesQueryOptions = () =>
  queryOptions({ queryKey: ['status-codes'], queryFn: getStatusCodes, staleTime: Infinity });

export function useStatusCodes() {
  return useQuery(statusCodesQueryOptions());
}
