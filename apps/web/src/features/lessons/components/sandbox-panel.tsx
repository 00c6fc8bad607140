import { useTranslation } from 'react-i18next';
import { Button, Spinner } from '../../../components/button.tsx';
import type { SandboxExchange } from '../api/create-sandbox.ts';

export interface SandboxPanelProps {
  token: string | null;
  pending: boolean;
  failed: boolean;
  exchange: SandboxExchange | undefined;
  onRenew: () => void;
}

/** The learner's own sandbox: the token, and the visible `POST /tokens` exchange that got it. */
export function SandboxPanel({ token, pending, failed, exchange, onRenew }: SandboxPanelProps) {
  const { t } = useTranslation();
  return (
    <section
      aria-labelledby="lesson-sandbox"
      className="space-y-2 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="lesson-sandbox" className="font-semibold">
          {t('lessons.sandbox')}
        </h2>
        <Button size="sm" onClick={onRenew} disabled={pending}>
          {pending && <Spinner />}
          {t('lessons.newSandbox')}
        </Button>
      </div>
      <p role="status">
        {pending
          ? t('lessons.sandboxPending')
          : token
            ? t('lessons.sandboxReady')
            : failed
              ? t('lessons.sandboxFailed')
              : t('lessons.sandboxNone')}
      </p>
      {token && (
        <p className="break-all">
          {t('lessons.token')} <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{token}</code>
        </p>
      )}
      {exchange && (
        <details>
          <summary className="cursor-pointer">
            {t('lessons.sandboxExchange', { status: exchange.response.status ?? '—' })}
          </summary>
          <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-900">
            {exchange.request.raw}
          </pre>
          <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-900">
            {exchange.response.raw}
          </pre>
        </details>
      )}
    </section>
  );
}
