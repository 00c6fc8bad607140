import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { openInPlayground } from '../../../lib/playground-bridge.ts';
import type { LiveExchange } from '../types.ts';
import { requestTitle } from '../utils/live-list.ts';

function tone(status: number | null): string {
  if (status === null) return 'text-slate-700 dark:text-slate-300';
  if (status >= 500) return 'text-red-700 dark:text-red-300';
  if (status >= 400) return 'text-amber-800 dark:text-amber-300';
  if (status >= 300) return 'text-sky-700 dark:text-sky-300';
  return 'text-emerald-700 dark:text-emerald-300';
}

export interface LiveRowProps {
  exchange: LiveExchange;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}

/** One received exchange: its request line, status and time; opened, the annotated exchange. */
export function LiveRow({ exchange, open, onToggle, children }: LiveRowProps) {
  const { t, i18n } = useTranslation();
  const panel = useId();
  const time = new Date(exchange.createdAt).toLocaleTimeString(i18n.language);
  return (
    <li className="rounded-md border border-slate-200 dark:border-slate-800" data-live-id={exchange.id}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panel}
        onClick={onToggle}
        className="flex w-full flex-wrap items-baseline gap-x-3 gap-y-1 rounded-md p-2.5 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-teal-600 dark:hover:bg-slate-900"
      >
        <span aria-hidden className={`text-slate-500 transition-transform ${open ? 'rotate-90' : ''}`}>
          ▸
        </span>
        <span className="min-w-0 flex-1 truncate font-mono text-sm">
          {requestTitle(exchange.request.raw)}
        </span>
        <span className={`font-mono text-sm font-bold ${tone(exchange.response.status)}`}>
          {exchange.response.status ?? '—'} {exchange.response.reason ?? ''}
        </span>
        <time dateTime={exchange.createdAt} className="text-xs text-slate-600 dark:text-slate-400">
          {time}
        </time>
      </button>
      <div
        id={panel}
        hidden={!open}
        className="space-y-3 border-t border-slate-200 p-3 dark:border-slate-800"
      >
        {open && (
          <>
            <Button
              size="sm"
              onClick={() => openInPlayground(exchange.request.raw.replace(/\r\n/g, '\n'), 'live')}
            >
              {t('live.openInEditor')}
            </Button>
            {children}
          </>
        )}
      </div>
    </li>
  );
}
