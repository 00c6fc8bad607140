import { useTranslation } from 'react-i18next';
import { Composer } from '../features/composer/components/composer.tsx';
import { DEFAULT_REQUEST } from '../features/composer/default-request.ts';
import { useDraft } from '../features/composer/use-draft.ts';
import { useCreateExchange } from '../features/exchange/api/create-exchange.ts';
import { ExchangeView } from '../features/exchange/components/exchange-view.tsx';
import { ErrorMessage } from '../components/error-message.tsx';

/** The main screen: compose on the left, the annotated exchange on the right. */
export function Playground() {
  const { t } = useTranslation();
  const [draft, setDraft] = useDraft();
  const send = useCreateExchange();
  const onSend = () => {
    if (!send.isPending) send.mutate(draft);
  };
  return (
    <main className="grid min-h-0 flex-1 gap-4 p-4 lg:grid-cols-2">
      <div className="min-h-[20rem]">
        <Composer
          value={draft}
          onChange={setDraft}
          onSend={onSend}
          sending={send.isPending}
          onReset={() => setDraft(DEFAULT_REQUEST)}
        />
      </div>
      <section aria-label={t('response.pane')} aria-live="polite" className="min-w-0 overflow-auto">
        {send.isError && <ErrorMessage error={send.error} />}
        {send.data ? (
          <ExchangeView exchange={send.data} />
        ) : (
          !send.isError && <p className="text-slate-600 dark:text-slate-400">{t('response.empty')}</p>
        )}
      </section>
    </main>
  );
}
