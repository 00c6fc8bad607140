import { useTranslation } from 'react-i18next';
import type { TraceStepView } from '../types.ts';

/** The path the request took through the decision flow; the deciding step stands out. */
export function TraceView({ steps }: { steps: TraceStepView[] }) {
  const { t } = useTranslation();
  if (steps.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t('trace.empty')}</p>;
  return (
    <ol aria-label={t('trace.title')} className="space-y-1 text-sm">
      {steps.map((s, i) => {
        const decisive = s.status !== undefined;
        return (
          <li
            key={i}
            className={`flex items-start gap-2 rounded px-2 py-1 ${decisive ? 'bg-teal-100 font-semibold dark:bg-teal-900/50' : ''}`}
          >
            <span aria-hidden className={s.passed ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}>
              {s.passed ? '✓' : '✗'}
            </span>
            <span className="min-w-0">
              <span className="font-mono">{t(`trace.decision.${s.decision}`, { defaultValue: s.decision })}</span>
              <span className="sr-only">{s.passed ? t('trace.passed') : t('trace.failed')}</span>
              <span className="ml-2 font-mono text-slate-600 dark:text-slate-400">{s.fact}</span>
              {decisive && <span className="ml-2 rounded bg-teal-700 px-1.5 text-xs text-white">→ {s.status}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
