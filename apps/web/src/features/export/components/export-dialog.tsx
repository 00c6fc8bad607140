import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Spinner } from '../../../components/button.tsx';
import { CopyButton } from '../../../components/copy-button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { Tabs } from '../../../components/tabs.tsx';
import { downloadText } from '../../../lib/clipboard.ts';
import { buildHar } from '../har.ts';
import type { HarSource } from '../har.ts';
import { SNIPPET_FILES, requestSnippet } from '../snippets.ts';
import type { SnippetFormat } from '../snippets.ts';

type Format = SnippetFormat | 'har' | 'har-all';

export interface ExportDialogProps {
  open: boolean;
  onClose: () => void;
  /** The request in the editor (the one under the cursor in an .http file). */
  request: string;
  /** The exchange on screen, if any. */
  exchange: HarSource | null;
  history: readonly HarSource[];
}

const FILE: Record<Format, string> = {
  ...SNIPPET_FILES,
  har: 'exchange.har',
  'har-all': 'teapot-history.har',
};
const TYPE: Partial<Record<Format, string>> = { har: 'application/json', 'har-all': 'application/json' };

/** The request as curl, HTTPie, Python, fetch or .http; the exchange or the history as HAR. */
export default function ExportDialog({ open, onClose, request, exchange, history }: ExportDialogProps) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<Format>('curl');
  const [output, setOutput] = useState<{ format: Format; text: string } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setFailed(false);
    const make = async (): Promise<string> => {
      if (format === 'har') return exchange ? JSON.stringify(buildHar([exchange]), null, 2) : '';
      if (format === 'har-all') return JSON.stringify(buildHar(history), null, 2);
      return requestSnippet(request, format);
    };
    make().then(
      (text) => live && setOutput({ format, text }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [open, format, request, exchange, history]);

  const ready = output?.format === format ? output.text : null;
  const items: { key: Format; label: string }[] = [
    { key: 'curl', label: 'curl' },
    { key: 'httpie', label: 'HTTPie' },
    { key: 'python', label: 'Python requests' },
    { key: 'fetch', label: 'JavaScript fetch' },
    { key: 'http', label: '.http' },
    { key: 'har', label: t('export.har') },
    { key: 'har-all', label: t('export.harAll', { count: history.length }) },
  ];
  const note =
    format === 'har'
      ? exchange
        ? t('export.harNote')
        : t('export.noExchange')
      : format === 'har-all'
        ? t('export.harAllNote')
        : format === 'http'
          ? t('export.httpNote')
          : t('export.snippetNote');

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('export.title')}
      size="lg"
      footer={
        <>
          <CopyButton text={ready ?? ''} disabled={!ready} />
          <Button
            variant="primary"
            disabled={!ready}
            onClick={() => ready && downloadText(FILE[format], ready, TYPE[format])}
          >
            {t('export.download', { file: FILE[format] })}
          </Button>
        </>
      }
    >
      <Tabs
        label={t('export.format')}
        idBase="export"
        size="sm"
        items={items}
        selected={format}
        onSelect={setFormat}
      />
      <div
        role="tabpanel"
        id={`export-panel-${format}`}
        aria-labelledby={`export-tab-${format}`}
        className="mt-3 space-y-2"
      >
        <p className="text-sm text-slate-700 dark:text-slate-300">{note}</p>
        {failed ? (
          <p role="alert">{t('export.failed')}</p>
        ) : ready === null ? (
          <p role="status" className="flex items-center gap-2 text-sm">
            <Spinner /> {t('common.loading')}
          </p>
        ) : (
          <pre
            tabIndex={0}
            aria-label={t('export.code', { format: items.find((i) => i.key === format)?.label ?? format })}
            data-testid="export-output"
            className="max-h-[50vh] overflow-auto rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-xs whitespace-pre-wrap dark:border-slate-700 dark:bg-slate-950"
          >
            {ready}
          </pre>
        )}
      </div>
    </Dialog>
  );
}
