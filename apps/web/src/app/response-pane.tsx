import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/error-message.tsx';
import { Kbd } from '../components/kbd.tsx';
import type { Exchange } from '../features/exchange/types.ts';

// The annotated view and the knowledge base it uses load with the first exchange, not before.
const ExchangeView = lazy(() =>
  import('../features/exchange/components/exchange-view.tsx').then((m) => ({ default: m.ExchangeView })),
);

export interface ResponsePaneProps {
  exchange: Exchange | null;
  error: unknown;
  pending: boolean;
}

/** The exchange on screen, the playground's own error, or how to get started. */
export function ResponsePane({ exchange, error, pending }: ResponsePaneProps) {
  const { t } = useTranslation();
  return (
    <div aria-busy={pending} className="space-y-3">
      {error !== null && <ErrorMessage error={error} />}
      {exchange ? (
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <ExchangeView exchange={exchange} />
        </Suspense>
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
