/**
 * Exchanges that reached the mock API from outside the playground (Python requests, curl)
 * with the learner's token: `GET /api/live?token=...`, a Server-Sent Events stream.
 */
import { useEffect, useRef } from 'react';
import type { ExchangeLike } from '@teapot/lessons';

export function liveUrl(token: string): string {
  return `/api/live?token=${encodeURIComponent(token)}`;
}

/** Calls `onExchange` for each external exchange while mounted; reconnects as EventSource does. */
export function useLiveExchanges(token: string | null, onExchange: (exchange: ExchangeLike) => void): void {
  const latest = useRef(onExchange);
  latest.current = onExchange;
  useEffect(() => {
    if (!token || typeof EventSource === 'undefined') return;
    const source = new EventSource(liveUrl(token));
    const handle = (e: MessageEvent<string>) => {
      try {
        latest.current(JSON.parse(e.data) as ExchangeLike);
      } catch {
        // A malformed event is skipped; the stream goes on.
      }
    };
    source.addEventListener('exchange', handle);
    return () => source.close();
  }, [token]);
}
