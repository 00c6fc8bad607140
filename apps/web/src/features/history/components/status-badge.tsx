import { statusClassOf } from '../history-entry.ts';

const TONE = {
  '1xx': 'bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100',
  '2xx': 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100',
  '3xx': 'bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100',
  '4xx': 'bg-amber-100 text-amber-950 dark:bg-amber-900/60 dark:text-amber-100',
  '5xx': 'bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100',
  none: 'bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100',
} as const;

/** A status code, coloured by its class. */
export function StatusBadge({ status, label }: { status: number | null; label?: string }) {
  return (
    <span
      className={`inline-block min-w-11 rounded px-1.5 text-center font-mono text-xs font-bold ${TONE[statusClassOf(status)]}`}
    >
      {status ?? label ?? '—'}
    </span>
  );
}
