import { useTranslation } from 'react-i18next';
import { getDecisionText, stepFact } from '@teapot/http-notes';
import { currentLanguage } from '../../../lib/i18n.ts';
import type { TraceStepView } from '../types.ts';
import { decisionFallback } from '../utils/spec-label.ts';

export interface TraceViewProps {
  steps: TraceStepView[];
  /** The reason phrase of the final status, shown beside the deciding step. */
  reason?: string | null;
}

/**
 * The path the request took through the decision flow (in the spirit of Webmachine's
 * diagram), as an ordered list. The step that settled the status stands out.
 */
export function TraceView({ steps, reason }: TraceViewProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  if (steps.length === 0)
    return <p className="text-sm text-slate-600 dark:text-slate-400">{t('exchange.trace.empty')}</p>;
  return (
    <ol aria-label={t('exchange.trace.title')} className="relative space-y-1.5 text-sm">
      {steps.map((s, i) => {
        const decisive = s.status !== undefined;
        const label = getDecisionText(s.decision)?.label[lang] ?? decisionFallback(s.decision);
        const fact = stepFact(s, lang);
        return (
          <li
            key={i}
            data-decision={s.decision}
            data-decisive={decisive || undefined}
            aria-current={decisive ? 'step' : undefined}
            className={`relative flex items-start gap-3 rounded-md py-1.5 pr-2 pl-1 ${
              decisive ? 'bg-teal-50 ring-2 ring-teal-600 dark:bg-teal-950/60 dark:ring-teal-400' : ''
            }`}
          >
            {i < steps.length - 1 && (
              <span
                aria-hidden
                className="absolute top-8 bottom-[-0.6rem] left-[1.05rem] w-px bg-slate-300 dark:bg-slate-700"
              />
            )}
            <span
              aria-hidden
              className={`relative z-10 flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${
                s.passed
                  ? 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200'
                  : 'bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-200'
              }`}
            >
              {s.passed ? '✓' : '✗'}
            </span>
            <span className="min-w-0 flex-1">
              <span className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-medium">{label}</span>
                <span
                  className={
                    s.passed ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-800 dark:text-red-300'
                  }
                >
                  {s.passed ? t('exchange.trace.passed') : t('exchange.trace.failed')}
                </span>
                {decisive && (
                  <span className="rounded bg-teal-700 px-1.5 font-mono text-xs font-semibold text-white">
                    → {s.status}
                    {reason ? ` ${reason}` : ''}
                  </span>
                )}
              </span>
              {fact && (
                <span className="mt-0.5 block font-mono text-xs break-words text-slate-700 dark:text-slate-300">
                  <span className="sr-only">{t('exchange.trace.fact')}: </span>
                  {fact}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
