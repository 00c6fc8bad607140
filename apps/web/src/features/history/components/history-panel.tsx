import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { HISTORY_LIMIT, STATUS_CLASSES, filterEntries } from '../history-entry.ts';
import type { HistoryEntry, StatusClass } from '../history-entry.ts';
import { historyStore, useHistory } from '../history-store.ts';
import { CompareView } from './compare-view.tsx';
import { StatusBadge } from './status-badge.tsx';

export interface HistoryPanelProps {
  onReopen: (entry: HistoryEntry) => void;
  /** Extra buttons (export the whole history). */
  actions?: ReactNode;
  /** Id for the filter box, so a shortcut can focus it. */
  filterId?: string;
}

const time = (iso: string, lang: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ''
    : d.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
};

/** Every exchange made in this browser: filter, reopen, compare two, clear. */
export function HistoryPanel({ onReopen, actions, filterId }: HistoryPanelProps) {
  const { t, i18n } = useTranslation();
  const entries = useHistory();
  const [text, setText] = useState('');
  const [statusClass, setStatusClass] = useState<StatusClass>('all');
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const shown = useMemo(() => filterEntries(entries, { text, statusClass }), [entries, text, statusClass]);
  const pair = picked
    .map((id) => entries.find((e) => e.id === id))
    .filter((e): e is HistoryEntry => Boolean(e))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt)); // older on the left
  const toggle = (id: string) =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)));
  const dropped = historyStore.dropped();

  return (
    <section aria-labelledby="history-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="history-title" className="text-lg font-semibold">
          {t('history.title')}{' '}
          <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({entries.length})</span>
        </h2>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" disabled={pair.length !== 2} onClick={() => setComparing(true)}>
            {t('history.compare.button', { count: pair.length })}
          </Button>
          {actions}
          <Button
            size="sm"
            variant="ghost"
            disabled={entries.length === 0}
            onClick={() => setConfirmClear(true)}
          >
            {t('history.clear')}
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <label className="min-w-40 flex-1">
          <span className="sr-only">{t('history.filter')}</span>
          <input
            id={filterId}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('history.filter')}
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-950"
          />
        </label>
        <div className="flex items-center gap-1 text-sm">
          <label htmlFor="history-status-class">{t('history.statusClass')}</label>
          <select
            id="history-status-class"
            value={statusClass}
            onChange={(e) => setStatusClass(e.target.value as StatusClass)}
            className="rounded-md border border-slate-300 bg-white px-1 py-1 dark:border-slate-600 dark:bg-slate-950"
          >
            {STATUS_CLASSES.map((c) => (
              <option key={c} value={c}>
                {t(`history.class.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {entries.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('history.empty')}</p>
      ) : shown.length === 0 ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {t('history.noMatch')}
        </p>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800"
          aria-label={t('history.list')}
        >
          {shown.map((e) => (
            <li key={e.id} className="flex items-center gap-2 px-2 py-1.5" data-history-id={e.id}>
              <input
                type="checkbox"
                checked={picked.includes(e.id)}
                onChange={() => toggle(e.id)}
                aria-label={t('history.pick', { what: `${e.method} ${e.target}` })}
                className="h-4 w-4 accent-teal-700"
              />
              <button
                type="button"
                onClick={() => onReopen(e)}
                className="flex min-w-0 flex-1 items-center gap-2 rounded text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-600 dark:hover:bg-slate-800"
                aria-label={t('history.reopen', { what: `${e.method} ${e.target} ${e.status ?? ''}` })}
              >
                <StatusBadge status={e.status} />
                <span className="w-16 shrink-0 font-mono text-xs font-semibold">{e.method}</span>
                <span className="min-w-0 flex-1 truncate font-mono text-sm">{e.target}</span>
                {e.source !== 'editor' && (
                  <span className="shrink-0 rounded bg-slate-100 px-1 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                    {t(`history.source.${e.source}`)}
                  </span>
                )}
                <time
                  dateTime={e.createdAt}
                  className="shrink-0 text-xs text-slate-600 tabular-nums dark:text-slate-400"
                >
                  {time(e.createdAt, i18n.language)}
                </time>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {t('history.limit', { limit: HISTORY_LIMIT })}
        {dropped > 0 && <> {t('history.dropped', { count: dropped })}</>}
      </p>

      <Dialog
        open={comparing}
        onClose={() => setComparing(false)}
        title={t('history.compare.title')}
        size="xl"
      >
        {pair.length === 2 && pair[0] && pair[1] && <CompareView left={pair[0]} right={pair[1]} />}
      </Dialog>
      <Dialog
        open={confirmClear}
        onClose={() => setConfirmClear(false)}
        title={t('history.clearTitle')}
        description={t('history.clearText', { count: entries.length })}
        footer={
          <>
            <Button onClick={() => setConfirmClear(false)}>{t('common.cancel')}</Button>
            <Button
              variant="danger"
              onClick={() => {
                historyStore.clear();
                setPicked([]);
                setConfirmClear(false);
              }}
            >
              {t('history.clearConfirm')}
            </Button>
          </>
        }
      >
        <p className="text-sm">{t('history.clearNote')}</p>
      </Dialog>
    </section>
  );
}
