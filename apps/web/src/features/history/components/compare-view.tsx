import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../../../components/tabs.tsx';
import type { HistoryEntry } from '../history-entry.ts';
import { diffLines } from '../line-diff.ts';
import type { DiffRow } from '../line-diff.ts';

const ROW = {
  same: '',
  changed: 'bg-amber-100 dark:bg-amber-900/40',
  removed: 'bg-red-100 dark:bg-red-900/40',
  added: 'bg-emerald-100 dark:bg-emerald-900/40',
} as const;
const MARK = { same: ' ', changed: '~', removed: '−', added: '+' } as const;

function Side({ rows, side, title }: { rows: DiffRow[]; side: 'left' | 'right'; title: string }) {
  const { t } = useTranslation();
  return (
    <div className="min-w-0" role="group" aria-label={title}>
      <h4 className="mb-1 truncate font-mono text-sm font-semibold">{title}</h4>
      <pre
        tabIndex={0}
        className="overflow-auto rounded-md border border-slate-300 font-mono text-xs leading-relaxed dark:border-slate-700"
      >
        {rows.map((r, i) => {
          const text = r[side];
          const kind = text === undefined ? 'same' : r.kind;
          return (
            <div
              key={i}
              className={`flex min-h-[1.4em] ${text === undefined ? 'bg-slate-100 dark:bg-slate-800/60' : ROW[kind]}`}
            >
              <span
                aria-hidden
                className="w-5 shrink-0 text-center text-slate-600 select-none dark:text-slate-400"
              >
                {text === undefined ? '' : MARK[kind]}
              </span>
              {kind !== 'same' && text !== undefined && (
                <span className="sr-only">{t(`history.diff.${kind}`)}: </span>
              )}
              <span className="break-all whitespace-pre-wrap">{text ?? ''}</span>
            </div>
          );
        })}
      </pre>
    </div>
  );
}

/** Two exchanges side by side, responses (or requests) line-diffed. */
export function CompareView({ left, right }: { left: HistoryEntry; right: HistoryEntry }) {
  const { t } = useTranslation();
  const [part, setPart] = useState<'response' | 'request'>('response');
  const rows = useMemo(
    () =>
      part === 'response'
        ? diffLines(left.responseRaw, right.responseRaw)
        : diffLines(left.requestRaw, right.requestRaw),
    [left, right, part],
  );
  const changes = rows.filter((r) => r.kind !== 'same').length;
  const title = (e: HistoryEntry) => `${e.method} ${e.target} → ${e.status ?? '—'}`;
  return (
    <div className="space-y-3">
      <Tabs
        label={t('history.compare.part')}
        idBase="compare"
        size="sm"
        items={[
          { key: 'response', label: t('history.compare.responses') },
          { key: 'request', label: t('history.compare.requests') },
        ]}
        selected={part}
        onSelect={setPart}
      />
      <p role="status" className="text-sm">
        {changes === 0 ? t('history.compare.same') : t('history.compare.changes', { count: changes })}
      </p>
      <div
        role="tabpanel"
        id={`compare-panel-${part}`}
        aria-labelledby={`compare-tab-${part}`}
        className="grid gap-3 md:grid-cols-2"
      >
        <Side rows={rows} side="left" title={title(left)} />
        <Side rows={rows} side="right" title={title(right)} />
      </div>
    </div>
  );
}
