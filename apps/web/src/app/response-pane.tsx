import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/error-message.tsx';
import { Kbd } from '../components/kbd.tsx';
import type { Exchange } from '../features/exchange/types.ts';
import { useExchangeView } from './use-exchange-view.ts';

export interface ResponsePaneProps {
  exchange: Exchange | null;
  error: unknown;
  pending: boolean;
}

/** Whole seconds since `running` turned true, counted while it stays true; 0 otherwise. */
function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    setSeconds(0);
    if (!running) return;
    const started = Date.now();
    const id = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 250);
    return () => clearInterval(id);
  }, [running]);
  return seconds;
}

/** The exchange on screen, the playground's own error, or how to get started. */
export function ResponsePane({ exchange, error, pending }: ResponsePaneProps) {
  const { t } = useTranslation();
  // The annotated view and its knowledge base are not in the first load; they are fetched as
  // soon as the pane mounts, so they are usually here before the first Send.
  const ExchangeView = useExchangeView();
  // A slow answer (GET /delays/8, say) shows how long it has been waiting, from the first second.
  const waited = useElapsedSeconds(pending);
  return (
    <div aria-busy={pending} className="space-y-3">
      {pending && waited >= 1 && (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400" data-testid="waiting">
          {t('response.waiting', { seconds: waited })}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      {exchange ? (
        ExchangeView ? (
          <ExchangeView exchange={exchange} />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )
      ) : (
        // While a first request is on its way, the waiting line above says what is happening.
        error === null &&
        !pending && (
          <div className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
            <p>{t('response.empty')}</p>
            <p className="mt-2 text-sm">
              <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd> · <Kbd>?</Kbd> {t('shortcuts.open')}
            </p>
          </div>
        )
      )}
    </div>
  );
}
