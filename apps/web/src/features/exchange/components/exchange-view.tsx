import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/copy-button.tsx';
import { useLineEndings } from '../hooks/use-line-endings.ts';
import type { Exchange, Highlight } from '../types.ts';
import { ExchangeHeading } from './exchange-heading.tsx';
import { MessagePanel } from './message-panel.tsx';
import { NotesList } from './notes-list.tsx';
import { RequestSection } from './request-section.tsx';
import { TraceView } from './trace-view.tsx';

export interface ExchangeViewProps {
  exchange: Exchange;
  /** Heading level of the view's title (2 in the playground, 3 inside a list). */
  level?: 2 | 3;
}

/**
 * The annotated exchange: the raw response (and its JSON body pretty-printed), the notes
 * (what it means, why you got it, then problems down to good practice), the decision
 * trace, and the request as it was sent. Focusing or hovering a note lights its bytes.
 */
export function ExchangeView({ exchange, level = 2 }: ExchangeViewProps) {
  const { t } = useTranslation();
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const [showLineEndings, setShowLineEndings] = useLineEndings();
  const traceTitle = useId();
  const { response, request } = exchange;
  const lit = (target: Highlight['target']) => (highlight?.target === target ? highlight.span : null);
  const Sub = level === 2 ? 'h3' : 'h4';

  return (
    <article className="space-y-4" data-exchange-id={exchange.id}>
      <ExchangeHeading exchange={exchange} level={level} />
      {response.truncated && (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          {t('exchange.truncated')}
        </p>
      )}
      <section className="space-y-1">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Sub className="text-sm font-semibold text-slate-700 dark:text-slate-300">
            {t('exchange.rawResponse')}
          </Sub>
          <div className="flex items-center gap-3">
            {response.raw.length > 0 && (
              <CopyButton text={response.raw} size="sm" variant="ghost" aria-label={t('exchange.copyRaw')} />
            )}
            <label className="flex items-center gap-1.5 text-xs text-slate-700 dark:text-slate-300">
              <input
                type="checkbox"
                checked={showLineEndings}
                onChange={(e) => setShowLineEndings(e.target.checked)}
                className="accent-teal-700"
              />
              {t('exchange.lineEndings')}
            </label>
          </div>
        </div>
        {response.raw.length === 0 ? (
          <p role="status" className="rounded-md border border-red-300 p-3 text-sm dark:border-red-800">
            {t('exchange.nothing', { end: response.end })}
          </p>
        ) : (
          <MessagePanel
            text={response.raw}
            message={response.message}
            highlight={lit('response')}
            reveal={highlight?.reveal}
            label={t('exchange.rawResponse')}
            prettyLabel={t('exchange.view.prettyLabel')}
            testId="raw-response"
            showLineEndings={showLineEndings}
          />
        )}
      </section>
      <NotesList notes={exchange.notes} onHighlight={setHighlight} level={level} />
      <section
        aria-labelledby={traceTitle}
        className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
      >
        <Sub id={traceTitle} className="mb-2 font-semibold">
          {t('exchange.trace.title')}
        </Sub>
        <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{t('exchange.trace.intro')}</p>
        <TraceView steps={exchange.trace} reason={response.reason} />
      </section>
      <RequestSection
        request={request}
        highlight={lit('request')}
        reveal={highlight?.reveal}
        showLineEndings={showLineEndings}
        forceOpen={highlight?.target === 'request' && highlight.focused === true}
        level={level}
      />
    </article>
  );
}
