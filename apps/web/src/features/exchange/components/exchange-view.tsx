import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exchange, Highlight } from '../types.ts';
import { NotesList } from './notes-list.tsx';
import { RawMessage } from './raw-message.tsx';
import { TraceView } from './trace-view.tsx';

/** The annotated exchange: raw response, notes, decision trace, and the request as sent. */
export function ExchangeView({ exchange }: { exchange: Exchange }) {
  const { t } = useTranslation();
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const { response, request } = exchange;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 className="text-lg font-semibold">{t('response.title')}</h2>
        <span data-testid="response-status" className="font-mono text-lg font-bold">
          {response.status ?? t('response.noStatus')} {response.reason ?? ''}
        </span>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {t('response.meta', { bytes: response.bytes, ms: Math.round(exchange.timings.totalMs) })}
        </span>
      </div>
      {response.truncated && <p role="status" className="text-sm text-amber-800 dark:text-amber-300">{t('response.truncated')}</p>}
      {response.raw.length === 0 ? (
        <p role="status" className="rounded-md border border-red-300 p-3 text-sm dark:border-red-800">
          {t('response.nothing', { end: response.end })}
        </p>
      ) : (
        <RawMessage
          text={response.raw}
          message={response.message}
          highlight={highlight?.target === 'response' ? highlight.span : null}
          label={t('response.raw')}
          testId="raw-response"
        />
      )}
      <NotesList notes={exchange.notes} onHighlight={setHighlight} />
      <details open className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
        <summary className="cursor-pointer font-semibold">{t('trace.title')}</summary>
        <div className="mt-2">
          <TraceView steps={exchange.trace} />
        </div>
      </details>
      <details className="rounded-md border border-slate-200 p-3 dark:border-slate-800" open={Boolean(request.notSent)}>
        <summary className="cursor-pointer font-semibold">{t('request.sent', { bytes: request.bytes })}</summary>
        <div className="mt-2 space-y-2">
          <RawMessage
            text={request.raw}
            message={request.message}
            highlight={highlight?.target === 'request' ? highlight.span : null}
            label={t('request.raw')}
            testId="raw-request"
          />
          {request.notSent && (
            <div>
              <p className="text-sm font-semibold text-amber-800 dark:text-amber-300">{t('request.notSent')}</p>
              <pre className="font-mono text-sm whitespace-pre-wrap break-all opacity-70">{request.notSent}</pre>
            </div>
          )}
        </div>
      </details>
    </div>
  );
}
