import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client.ts';

interface Health {
  ok: boolean;
  /** The mock API's port, when the server says (MOCK_PORT). */
  mockPort?: number;
}

/** The mock API's default port (MOCK_PORT), used when the server does not say. */
export const DEFAULT_MOCK_PORT = 8081;

/** GET /api/health, read for the mock API's address: same host as the playground, its own port. */
export async function getMockOrigin(): Promise<string> {
  let port = DEFAULT_MOCK_PORT;
  try {
    const health = await apiFetch<Health>('/api/health');
    if (typeof health.mockPort === 'number') port = health.mockPort;
  } catch {
    // The default port is right for `npm start`.
  }
  return `${location.protocol}//${location.hostname}:${port}`;
}

export const mockOriginQueryOptions = () =>
  queryOptions({ queryKey: ['health', 'mock-origin'], queryFn: getMockOrigin, staleTime: Infinity });

export function useMockOrigin() {
  return useQuery(mockOriginQueryOptions());
}
