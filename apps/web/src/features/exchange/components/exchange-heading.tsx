import { useTranslation } from 'react-i18next';
import type { Exchange } from '../types.ts';
import { statusTone } from './part-colours.ts';

/** The exchange's title line: the status in its class colour, size, time, route and sandbox. */
export function ExchangeHeading({ exchange, level }: { exchange: Exchange; level: 2 | 3 }) {
  const { t } = useTranslation();
  const { response, traceInfo } = exchange;
  const Title = level === 2 ? 'h2' : 'h3';
  return (
    <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      <Title className="text-lg font-semibold">{t('exchange.title')}</Title>
      <span
        data-testid="response-status"
        className={`font-mono text-lg font-bold ${statusTone(response.status)}`}
      >
        {response.status ?? t('exchange.noStatus')} {response.reason ?? ''}
      </span>
      <span className="text-xs text-slate-600 dark:text-slate-400">
        {t('exchange.meta', { bytes: response.bytes, ms: Math.round(exchange.timings.totalMs) })}
      </span>
      {traceInfo?.route && (
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {t('exchange.route')} <code className="font-mono">{traceInfo.route}</code>
        </span>
      )}
      {traceInfo?.sandbox && (
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {traceInfo.sandbox === 'shared' ? t('exchange.sandboxShared') : t('exchange.sandboxOwn')}
        </span>
      )}
    </header>
  );
}
