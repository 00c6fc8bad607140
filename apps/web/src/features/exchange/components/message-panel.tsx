import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HttpMessage } from '@teapot/http-message';
import { Tabs, tabId, tabPanelId } from '../../../components/tabs.tsx';
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
  const pretty = prettyBodyOf(props.message);
  if (pretty === null) return <RawMessage {...props} />;
  const items = (['raw', 'pretty'] as const).map((key) => ({ key, label: t(`exchange.view.${key}`) }));
  return (
    <div>
      <Tabs
        label={t('exchange.view.label')}
        items={items}
        selected={view}
        onSelect={setView}
        idBase={base}
        size="sm"
      />
      <div
        id={tabPanelId(base, 'raw')}
        role="tabpanel"
        aria-labelledby={tabId(base, 'raw')}
        hidden={view !== 'raw'}
        className="pt-2"
      >
        <RawMessage {...props} />
      </div>
      <div
        id={tabPanelId(base, 'pretty')}
        role="tabpanel"
        aria-labelledby={tabId(base, 'pretty')}
        hidden={view !== 'pretty'}
        className="pt-2"
      >
        {view === 'pretty' && <JsonView json={pretty} label={props.prettyLabel} />}
      </div>
    </div>
  );
}
