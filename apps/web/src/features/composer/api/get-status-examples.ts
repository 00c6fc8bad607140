import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Localized } from '@teapot/http-notes';
import { apiFetch } from '../../../lib/api-client.ts';

/** The fields of GET /api/status-codes that the templates menu uses. */
export interface StatusExample {
  code: number;
  reason: string;
  summary: Localized;
  spec: { url: string };
  /** A raw request that produces this status; may hold {{token}}. */
  example?: string;
  /** Requests to send first (an .http file runs them in order). */
  setup?: string[];
}

/** GET /api/status-codes (the same resource and cache entry as the reference pages). */
export function getStatusExamples(): Promise<StatusExample[]> {
  return apiFetch<StatusExample[]>('/api/status-codes');
}

export const statusExamplesQueryOptions = () =>
  queryOptions({ queryKey: ['status-codes'], queryFn: getStatusExamples, staleTime: Infinity });

export function useStatusExamples(enabled: boolean) {
  return useQuery({ ...statusExamplesQueryOptions(), enabled });
}
