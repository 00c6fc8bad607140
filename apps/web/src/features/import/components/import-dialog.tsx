import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Spinner } from '../../../components/button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { Tabs } from '../../../components/tabs.tsx';
import { curlToRaw } from '../curl-to-raw.ts';
import type { ImportWarning } from '../curl-to-raw.ts';
import { asHttpFile, harToRaw } from '../har-to-raw.ts';

export interface ImportDialogProps {
  open: boolean;
  onClose: () => void;
  /** Puts the imported text in the editor. */
  onImport: (text: string) => void;
}

type Source = 'curl' | 'har';
type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'converting'; done: number; total: number }
  | { kind: 'error'; message: string };

const AREA =
  'w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-950 focus-visible:outline-2 focus-visible:outline-teal-600';

/** A curl command or a HAR file becomes raw request text in the editor. */
export default function ImportDialog({ open, onClose, onImport }: ImportDialogProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [source, setSource] = useState<Source>('curl');
  const [curl, setCurl] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [result, setResult] = useState<{ text: string; warnings: ImportWarning[]; note?: string } | null>(
    null,
  );

  const convertCurl = (command: string) => {
    setCurl(command);
    if (!command.trim()) return setResult(null);
    const { raw, warnings } = curlToRaw(command);
    setResult({ text: raw, warnings });
  };

  const readHar = async (file: File) => {
    setResult(null);
    setStage({ kind: 'reading', name: file.name });
    try {
      const text = await file.text();
      const parsed: unknown = JSON.parse(text);
      setStage({ kind: 'converting', done: 0, total: 1 });
      await new Promise((r) => setTimeout(r, 0));
      const har = harToRaw(parsed);
      setStage({ kind: 'converting', done: har.total, total: har.total });
      setResult({
        text: asHttpFile(har.requests),
        warnings: [],
        note: t('import.harDone', { count: har.requests.length, skipped: har.skipped }),
      });
      setStage({ kind: 'idle' });
    } catch (err) {
      setStage({
        kind: 'error',
        message: err instanceof Error && err.message === 'not-har' ? t('import.notHar') : t('import.badJson'),
      });
    }
  };

  const close = () => {
    setStage({ kind: 'idle' });
    onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title={t('import.title')}
      description={t('import.description')}
      size="lg"
      footer={
        <>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            disabled={!result?.text}
            onClick={() => {
              if (result?.text) onImport(result.text);
              close();
            }}
          >
            {t('import.load')}
          </Button>
        </>
      }
    >
      <Tabs
        label={t('import.source')}
        idBase="import"
        size="sm"
        items={[
          { key: 'curl', label: t('import.curl') },
          { key: 'har', label: t('import.har') },
        ]}
        selected={source}
        onSelect={(s) => {
          setSource(s);
          setResult(null);
          setStage({ kind: 'idle' });
        }}
      />
      <div
        role="tabpanel"
        id={`import-panel-${source}`}
        aria-labelledby={`import-tab-${source}`}
        className="mt-3 space-y-3"
      >
        {source === 'curl' ? (
          <label className="block text-sm">
            <span className="mb-1 block font-medium">{t('import.curlLabel')}</span>
            <textarea
              className={`${AREA} min-h-28`}
              value={curl}
              spellCheck={false}
              placeholder="curl -X POST http://localhost:8081/users -H 'Content-Type: application/json' -d '{&quot;name&quot;:&quot;Kim&quot;}'"
              onChange={(e) => convertCurl(e.target.value)}
            />
          </label>
        ) : (
          <div className="space-y-2 text-sm">
            <label htmlFor={`${ids}-file`} className="block font-medium">
              {t('import.harLabel')}
            </label>
            <input
              id={`${ids}-file`}
              type="file"
              accept=".har,application/json"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void readHar(file);
              }}
              className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1 dark:file:border-slate-600 dark:file:bg-slate-900 dark:file:text-slate-100"
            />
            <div role="status" aria-live="polite">
              {stage.kind === 'reading' && (
                <p className="flex items-center gap-2">
                  <Spinner /> {t('import.reading', { name: stage.name })}
                </p>
              )}
              {stage.kind === 'converting' && (
                <p className="flex items-center gap-2">
                  <progress
                    max={stage.total}
                    value={stage.done}
                    aria-label={t('import.converting')}
                    className="accent-teal-700"
                  />
                  {t('import.converting')}
                </p>
              )}
              {result?.note && <p>{result.note}</p>}
            </div>
            {stage.kind === 'error' && (
              <p role="alert" className="text-red-800 dark:text-red-300">
                {stage.message}
              </p>
            )}
          </div>
        )}
        {result && (
          <div className="space-y-2">
            {result.warnings.length > 0 && (
              <ul
                className="list-disc pl-5 text-sm text-amber-900 dark:text-amber-200"
                aria-label={t('import.warnings')}
              >
                {result.warnings.map((w, i) => (
                  <li key={i}>{t(`import.warning.${w.key}`, w.params)}</li>
                ))}
              </ul>
            )}
            <p className="text-sm font-medium">{t('import.preview')}</p>
            <pre
              data-testid="import-preview"
              tabIndex={0}
              className={`${AREA} max-h-64 overflow-auto whitespace-pre-wrap`}
            >
              {result.text}
            </pre>
          </div>
        )}
      </div>
    </Dialog>
  );
}
