/**
 * `GET /api/classroom`: the addresses students on the LAN can reach this server at, when the
 * server offers them. Without that endpoint, the page's own origin is the answer.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

export interface Classroom {
  urls: string[];
}

export async function getClassroom(): Promise<Classroom> {
  try {
    const res = await fetch('/api/classroom', { headers: { Accept: 'application/json' } });
    if (res.ok) {
      const body = (await res.json()) as Partial<Classroom>;
      const urls = (body.urls ?? []).filter(
        (u): u is string => typeof u === 'string' && /^https?:\/\//.test(u),
      );
      if (urls.length > 0) return { urls };
    }
  } catch {
    // No classroom endpoint, or the network is down: fall back to what the browser knows.
  }
  return { urls: [window.location.origin] };
}

export const classroomQueryOptions = () =>
  queryOptions({ queryKey: ['classroom'], queryFn: getClassroom, retry: false });

export function useClassroom(enabled: boolean) {
  return useQuery({ ...classroomQueryOptions(), enabled });
}
