import { useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { useToken } from '../../../lib/token.ts';
import { useMockOrigin } from '../api/get-mock-origin.ts';
import { useDebounced } from '../hooks/use-debounced.ts';
import { useLiveExchanges } from '../hooks/use-live-exchanges.ts';
import type { LiveExchange } from '../types.ts';
import { LIVE_MAX } from '../utils/live-list.ts';
import { curlSnippet, pythonSnippet } from '../utils/snippets.ts';
import { ConnectionStatus } from './connection-status.tsx';
import { CopyBox } from './copy-box.tsx';
import { LiveRow } from './live-row.tsx';

export interface LivePanelProps<T extends LiveExchange> {
  /** Renders one exchange, annotated (the playground passes its exchange view). */
  render: (exchange: T) => ReactNode;
}

/**
 * Live traffic: requests that reach the mock API from outside the playground (curl,
 * Python requests) with the learner's token, annotated, newest first, bounded.
 */
export function LivePanel<T extends LiveExchange>({ render }: LivePanelProps<T>) {
  const { t } = useTranslation();
  const token = useToken();
  const [input, setInput] = useState(token ?? '');
  const [on, setOn] = useState(true);
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const tokenId = useId();
  const active = useDebounced(input.trim(), 400) || null;
  const { exchanges, state, clear } = useLiveExchanges<T>(active, on);
  const origin = useMockOrigin().data ?? `${location.protocol}//${location.hostname}:8081`;
  const newest = exchanges[0]?.id;

  useEffect(() => {
    if (token) setInput(token);
  }, [token]);

  // Rows open on demand; the newest one starts open.
  const isOpen = (id: string) => toggled.get(id) ?? id === newest;
  const toggle = (id: string) => setToggled((prev) => new Map(prev).set(id, !isOpen(id)));

  return (
    <div className="mx-auto w-full max-w-5xl space-y-4 p-4">
      <div>
        <h2 className="text-xl font-bold">{t('live.title')}</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('live.intro')}</p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor={tokenId} className="text-sm font-medium">
            {t('live.token')}
          </label>
          <input
            id={tokenId}
            value={input}
            onChange={(e) => setInput(e.target.value)}
            spellCheck={false}
            autoComplete="off"
            placeholder={t('live.tokenPlaceholder')}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-mono text-sm placeholder:font-sans placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
        <Button onClick={() => setOn(!on)} disabled={!active}>
          {on ? t('live.pause') : t('live.resume')}
        </Button>
        <Button onClick={clear} disabled={exchanges.length === 0}>
          {t('live.clear')}
        </Button>
      </div>
      <ConnectionStatus state={active ? state : 'idle'} />
      {!active && <p className="text-sm">{t('live.noToken')}</p>}
      <details
        open={exchanges.length === 0}
        className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
      >
        <summary className="cursor-pointer font-semibold">{t('live.getStarted')}</summary>
        <p className="mt-2 text-sm">{t('live.getStartedText', { origin })}</p>
        <div className="mt-3 grid gap-3 lg:grid-cols-2">
          <CopyBox title={t('live.curl')} code={curlSnippet(origin, active ?? 'YOUR_TOKEN')} />
          <CopyBox title={t('live.python')} code={pythonSnippet(origin, active ?? 'YOUR_TOKEN')} />
        </div>
      </details>
      <section aria-labelledby={`${tokenId}-list`}>
        <h3 id={`${tokenId}-list`} className="mb-2 font-semibold">
          {t('live.received', { n: exchanges.length })}
          <span className="ml-2 text-xs font-normal text-slate-600 dark:text-slate-400">
            {t('live.bounded', { max: LIVE_MAX })}
          </span>
        </h3>
        {exchanges.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('live.empty')}</p>
        ) : (
          <ol className="space-y-2">
            {exchanges.map((e) => (
              <LiveRow key={e.id} exchange={e} open={isOpen(e.id)} onToggle={() => toggle(e.id)}>
                {render(e)}
              </LiveRow>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

export default LivePanel;
