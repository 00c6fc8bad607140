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

/** The exchange on screen, the playground's own error, or how to get started. */
export function ResponsePane({ exchange, error, pending }: ResponsePaneProps) {
  const { t } = useTranslation();
  // The annotated view and its knowledge base are not in the first load; they are fetched as
  // soon as the pane mounts, so they are usually here before the first Send.
  const ExchangeView = useExchangeView();
  return (
    <div aria-busy={pending} className="space-y-3">
      {error !== null && <ErrorMessage error={error} />}
      {exchange ? (
        ExchangeView ? (
          <ExchangeView exchange={exchange} />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )
      ) : (
        error === null && (
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
