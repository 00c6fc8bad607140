import { useCallback, useEffect, useState } from 'react';
import type { LiveExchange, LiveState } from '../types.ts';
import { LIVE_MAX, addLiveExchange, parseLiveExchange } from '../utils/live-list.ts';

/**
 * Subscribes to GET /api/live?token=... (Server-Sent Events) while `token` is set and
 * `on` is true. The browser's EventSource reconnects by itself; the list stays bounded.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#the-eventsource-interface
 */
export function useLiveExchanges<T extends LiveExchange>(token: string | null, on: boolean, max = LIVE_MAX) {
  const [exchanges, setExchanges] = useState<T[]>([]);
  const [state, setState] = useState<LiveState>('idle');

  useEffect(() => {
    if (!token || !on) {
      setState('idle');
      return;
    }
    setState('connecting');
    const source = new EventSource(`/api/live?token=${encodeURIComponent(token)}`);
    source.addEventListener('ready', () => setState('open'));
    source.addEventListener('exchange', (e) => {
      const exchange = parseLiveExchange((e as MessageEvent<string>).data);
      if (exchange) setExchanges((list) => addLiveExchange(list, exchange as T, max));
    });
    source.addEventListener('full', () => {
      setState('full');
      source.close();
    });
    source.onerror = () => {
      setState((s) =>
        s === 'full' ? s : source.readyState === EventSource.CLOSED ? 'error' : 'reconnecting',
      );
    };
    return () => source.close();
  }, [token, on, max]);

  const clear = useCallback(() => setExchanges([]), []);
  return { exchanges, state, clear };
}
