import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Localized } from '@teapot/http-notes';
import { ApiError, apiFetch } from '../../../lib/api-client.ts';

/** One header field of the knowledge base, as GET /api/headers/{name} sends it. */
export interface HeaderInfo {
  name: string;
  role?: 'request' | 'response' | 'both';
  category?: string;
  syntax?: string;
  standard?: 'standard' | 'draft' | 'non-standard' | 'deprecated';
  summary: Localized;
  text: Localized;
  spec: { url: string; rfc?: string; section?: string };
}

/** GET /api/headers/{name}; null when the knowledge base does not know the field. */
export async function getHeaderInfo(name: string): Promise<HeaderInfo | null> {
  try {
    return await apiFetch<HeaderInfo>(`/api/headers/${encodeURIComponent(name)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Field names are case-insensitive, so the cache key is the lowercase name. */
export const headerInfoQueryOptions = (name: string) =>
  queryOptions({
    queryKey: ['headers', name.toLowerCase()],
    queryFn: () => getHeaderInfo(name),
    staleTime: Infinity,
  });

export function useHeaderInfo(name: string, enabled = true) {
  return useQuery({ ...headerInfoQueryOptions(name), enabled });
}
