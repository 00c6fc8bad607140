import type { PartKind } from '../utils/segments.ts';

/** Text colour for a status code by class: 2xx green, 3xx blue, 4xx amber, 5xx red. */
export function statusTone(status: number | null | undefined): string {
  if (status === null || status === undefined) return 'text-slate-700 dark:text-slate-300';
  if (status >= 500) return 'text-red-700 dark:text-red-300';
  if (status >= 400) return 'text-amber-800 dark:text-amber-300';
  if (status >= 300) return 'text-sky-700 dark:text-sky-300';
  if (status >= 200) return 'text-emerald-700 dark:text-emerald-300';
  return 'text-slate-700 dark:text-slate-300';
}

/** Colours of the parts of a raw message (Tailwind classes, light and dark). */
export function kindClass(kind: PartKind | undefined, status: number | undefined): string {
  switch (kind) {
    case 'method':
      return 'font-semibold text-fuchsia-700 dark:text-fuchsia-300';
    case 'target':
      return 'text-sky-800 dark:text-sky-300';
    case 'version':
      return 'text-slate-600 dark:text-slate-400';
    case 'status':
      return `font-bold ${statusTone(status)}`;
    case 'reason':
      return statusTone(status);
    case 'header-name':
      return 'font-semibold text-teal-800 dark:text-teal-300';
    case 'header-value':
      return 'text-slate-800 dark:text-slate-200';
    case 'body':
      return 'text-indigo-900 dark:text-indigo-200';
    default:
      return 'text-slate-600 dark:text-slate-400';
  }
}
