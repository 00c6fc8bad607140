import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HttpMessage } from '@teapot/http-message';
import { isJsonMediaType, prettyJson } from '../utils/json-body.ts';
import { JsonView } from './json-view.tsx';
import { RawMessage } from './raw-message.tsx';
import type { RawMessageProps } from './raw-message.tsx';

type View = 'raw' | 'pretty';

function prettyBodyOf(message: HttpMessage | null): string | null {
  if (!message || message.content.trim() === '') return null;
  const type = message.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  if (type !== undefined && !isJsonMediaType(type)) return null;
  return prettyJson(message.content);
}

/**
 * A raw message, and for a JSON body a second tab with the body pretty-printed.
 * The raw tab is always the exact bytes.
 */
export function MessagePanel(props: RawMessageProps & { prettyLabel: string }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('raw');
  const base = useId();
  const tabs = useRef<HTMLDivElement>(null);
  const pretty = prettyBodyOf(props.message);
  if (pretty === null) return <RawMessage {...props} />;

  const views: View[] = ['raw', 'pretty'];
  const onKeyDown = (e: KeyboardEvent) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    const next: View = e.key === 'Home' ? 'raw' : e.key === 'End' ? 'pretty' : view === 'raw' ? 'pretty' : 'raw';
    setView(next);
    tabs.current?.querySelector<HTMLElement>(`#${CSS.escape(`${base}-${next}`)}`)?.focus();
  };
  return (
    <div>
      <div ref={tabs} role="tablist" aria-label={t('exchange.view.label')} className="mb-1 flex gap-1" onKeyDown={onKeyDown}>
        {views.map((v) => (
          <button
            key={v}
            id={`${base}-${v}`}
            type="button"
            role="tab"
            aria-selected={view === v}
            aria-controls={`${base}-${v}-panel`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => setView(v)}
            className={`rounded-t-md border-b-2 px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-teal-600 ${
              view === v
                ? 'border-teal-700 font-semibold text-teal-900 dark:border-teal-400 dark:text-teal-200'
                : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100'
            }`}
          >
            {t(`exchange.view.${v}`)}
          </button>
        ))}
      </div>
      <div id={`${base}-raw-panel`} role="tabpanel" aria-labelledby={`${base}-raw`} hidden={view !== 'raw'}>
        <RawMessage {...props} />
      </div>
      <div id={`${base}-pretty-panel`} role="tabpanel" aria-labelledby={`${base}-pretty`} hidden={view !== 'pretty'}>
        {view === 'pretty' && <JsonView json={pretty} label={props.prettyLabel} />}
      </div>
    </div>
  );
}
