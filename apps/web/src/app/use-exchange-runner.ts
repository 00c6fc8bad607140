/**
 * Sends requests through the playground API and records each exchange in the history:
 * one at a time (Send), or an .http file's requests in order (Run all, with progress).
 */
import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createExchange } from '../features/exchange/api/create-exchange.ts';
import type { Exchange } from '../features/exchange/types.ts';
import type { HistoryEntry } from '../features/history/history-entry.ts';
import { historyStore } from '../features/history/history-store.ts';
import { toHistoryEntry } from './exchange-record.ts';

export interface RunProgress {
  done: number;
  total: number;
}

export type ExchangeRunner = ReturnType<typeof useExchangeRunner>;

export function useExchangeRunner() {
  const queryClient = useQueryClient();
  const [shown, setShown] = useState<Exchange | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const busy = useRef(false);

  const exchange = useCallback(
    async (text: string, source: HistoryEntry['source']): Promise<Exchange> => {
      const ex = await createExchange(text);
      queryClient.setQueryData(['exchanges', ex.id], ex);
      historyStore.add(toHistoryEntry(ex, text, source));
      setShown(ex);
      return ex;
    },
    [queryClient],
  );

  /** Runs `work` unless something is already in flight; errors land in `error`. */
  const guarded = useCallback(async <T>(work: () => Promise<T>): Promise<T | null> => {
    if (busy.current) return null;
    busy.current = true;
    setPending(true);
    setError(null);
    try {
      return await work();
    } catch (err) {
      setError(err);
      return null;
    } finally {
      busy.current = false;
      setPending(false);
      setProgress(null);
    }
  }, []);

  const send = useCallback(
    (text: string, source: HistoryEntry['source'] = 'editor') => guarded(() => exchange(text, source)),
    [guarded, exchange],
  );

  const runAll = useCallback(
    (texts: readonly string[]) =>
      guarded(async () => {
        const done: Exchange[] = [];
        for (const [i, text] of texts.entries()) {
          setProgress({ done: i, total: texts.length });
          done.push(await exchange(text, 'run-all'));
        }
        return done;
      }),
    [guarded, exchange],
  );

  return { shown, show: setShown, error, pending, progress, send, runAll };
}
