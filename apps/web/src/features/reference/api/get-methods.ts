import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';
import type { MethodDoc } from '../types.ts';

/** GET /api/methods: every method in the knowledge base, in English and Korean. */
export function getMethods(): Promise<MethodDoc[]> {
  return apiFetch<MethodDoc[]>('/api/methods');
}

export const methodsQueryOptions = () =>
  queryOptions({ queryKey: ['methods'], queryFn: getMethods, staleTime: Infinity });

export function useMethods() {
  return useQuery(methodsQueryOptions());
}
