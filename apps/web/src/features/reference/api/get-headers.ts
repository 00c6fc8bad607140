import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { HeaderDoc } from '../types.ts';

/** GET /api/headers: every header field in the knowledge base, in English and Korean. */
export function getHeaders(): Promise<HeaderDoc[]> {
  return apiFetch<HeaderDoc[]>('/api/headers');
}

export const headersQueryOptions = () =>
  queryOptions({ queryKey: ['headers'], queryFn: getHeaders, staleTime: Infinity });

export function useHeaders() {
  return useQuery(headersQueryOptions());
}
