import { useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Spinner } from '../../../components/button.tsx';
import { Tabs } from '../../../components/tabs.tsx';
import { readRawRequest } from '../../../lib/raw-request.ts';
import { readText, writeText } from '../../../lib/storage.ts';
import { TOKEN_PLACEHOLDER, fillToken } from '../../../lib/token.ts';
import { DEFAULT_HOST } from '../default-request.ts';
import { applyFixToText } from '../editor/fix-change.ts';
import { LazyRequestEditor as RequestEditor } from '../editor/lazy-request-editor.tsx';
import type { EditorHandle } from '../editor/request-editor.tsx';
import { blockAt, splitHttpFile } from '../http-file/split-http-file.ts';
import { ProblemsSummary } from './problems-summary.tsx';
import { StructuredView } from './structured-view.tsx';
import { TemplatesDialog } from './templates-dialog.tsx';
import { TokenControl } from './token-control.tsx';

export interface RunProgress {
  done: number;
  total: number;
}

export interface ComposerProps {
  value: string;
  onChange: (value: string) => void;
  /** Sends one request (the whole text, or the .http block under the cursor). */
  onSend: (text: string) => void;
  /** Sends every request of an .http file, in order. */
  onRunAll: (texts: string[]) => void;
  sending: boolean;
  progress: RunProgress | null;
  token: string | null;
  tokenBusy: boolean;
  onGetToken: () => void;
  onForgetToken: () => void;
  onReset: () => void;
  /** More toolbar buttons from the app (import, export, share). */
  actions?: ReactNode;
  /** Messages shown above the editor (a shared request was opened, a draft was kept...). */
  notice?: ReactNode;
  editorHandle?: (h: EditorHandle | null) => void;
}

type Mode = 'raw' | 'structured';
const MODE_KEY = 'teapot.composer.mode';

/** The composer: the raw request editor (or its structured view), templates, token, send. */
export function Composer(props: ComposerProps) {
  const { value, onChange, onSend, onRunAll, sending, progress, token } = props;
  const { t } = useTranslation();
  const editor = useRef<EditorHandle | null>(null);
  const [mode, setModeState] = useState<Mode>(() =>
    readText(MODE_KEY) === 'structured' ? 'structured' : 'raw',
  );
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const blocks = useMemo(() => splitHttpFile(value), [value]);
  const multi = blocks.length > 1;
  const host = useMemo(
    () => readRawRequest(blocks[0]?.text ?? '').headers.find((h) => h.name.toLowerCase() === 'host')?.value,
    [blocks],
  );

  const setMode = (m: Mode) => {
    setModeState(m);
    writeText(MODE_KEY, m);
  };
  const sendAt = (cursor: number) => {
    if (sending) return;
    const block = multi ? blockAt(blocks, cursor) : blocks[0];
    if (block) onSend(block.text);
  };
  const send = () => sendAt(editor.current?.cursor() ?? 0);
  const runAll = () => {
    if (!sending && multi) onRunAll(blocks.map((b) => b.text));
  };
  const current = multi ? blockAt(blocks, editor.current?.cursor() ?? 0) : undefined;
  const needsToken = value.includes(TOKEN_PLACEHOLDER);

  return (
    <section aria-labelledby="composer-title" className="flex h-full min-h-0 flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="composer-title" className="text-lg font-semibold">
          {t('composer.title')}
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          <Button onClick={() => setTemplatesOpen(true)} aria-haspopup="dialog">
            {t('templates.open')}
          </Button>
          {props.actions}
          {multi && (
            <Button
              onClick={runAll}
              disabled={sending}
              aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter"
            >
              {progress
                ? t('composer.runProgress', { ...progress })
                : t('composer.runAll', { count: blocks.length })}
            </Button>
          )}
          <Button
            variant="primary"
            onClick={send}
            disabled={sending}
            aria-busy={sending}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            className="px-5"
          >
            {sending && <Spinner />}
            {sending ? t('composer.sending') : t('composer.send')}
          </Button>
        </div>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-2">
        <TokenControl
          token={token}
          busy={props.tokenBusy}
          onGet={props.onGetToken}
          onForget={props.onForgetToken}
        />
        <Button size="sm" variant="ghost" onClick={props.onReset}>
          {t('composer.reset')}
        </Button>
      </div>

      {props.notice}
      {needsToken && (
        <div
          role="status"
          className="flex flex-wrap items-center gap-2 rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <span>{token ? t('composer.token.placeholderHave') : t('composer.token.placeholderNone')}</span>
          {token ? (
            <Button size="sm" onClick={() => onChange(fillToken(value, token))}>
              {t('composer.token.fill')}
            </Button>
          ) : (
            <Button size="sm" onClick={props.onGetToken} disabled={props.tokenBusy}>
              {t('composer.token.get')}
            </Button>
          )}
        </div>
      )}
      {progress && (
        <div role="status" className="flex items-center gap-2 text-sm">
          <progress
            max={progress.total}
            value={progress.done}
            className="h-2 w-40 accent-teal-700"
            aria-label={t('composer.runAllLabel')}
          />
          <span>{t('composer.runProgress', { ...progress })}</span>
        </div>
      )}

      <Tabs
        label={t('composer.viewLabel')}
        idBase="composer-view"
        size="sm"
        items={[
          { key: 'raw', label: t('composer.raw') },
          { key: 'structured', label: t('composer.structuredTab') },
        ]}
        selected={mode}
        onSelect={setMode}
      />
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {multi
          ? t('composer.httpFileHint', { count: blocks.length, name: current?.name ?? '' })
          : t('composer.hint')}
      </p>
      <div
        role="tabpanel"
        id="composer-view-panel-raw"
        aria-labelledby="composer-view-tab-raw"
        hidden={mode !== 'raw'}
        className="min-h-0 flex-1"
      >
        <RequestEditor
          value={value}
          onChange={onChange}
          onSubmit={sendAt}
          onSubmitAll={runAll}
          label={t('composer.editorLabel')}
          handle={(h) => {
            editor.current = h;
            props.editorHandle?.(h);
          }}
        />
      </div>
      {mode === 'structured' && (
        <div
          role="tabpanel"
          id="composer-view-panel-structured"
          aria-labelledby="composer-view-tab-structured"
          className="min-h-0 flex-1 overflow-auto"
        >
          {multi ? (
            <p className="rounded-md border border-slate-300 p-3 text-sm dark:border-slate-700">
              {t('composer.structured.multi')}
            </p>
          ) : (
            <StructuredView value={value} onChange={onChange} />
          )}
        </div>
      )}
      <ProblemsSummary
        value={value}
        onJump={(from, to) => {
          setMode('raw');
          requestAnimationFrame(() => editor.current?.select(from, to));
        }}
        onFix={(p) => p.fix && onChange(applyFixToText(value, p.fix, p))}
      />
      <TemplatesDialog
        open={templatesOpen}
        onClose={() => setTemplatesOpen(false)}
        host={host ?? DEFAULT_HOST}
        onPick={(text) => onChange(fillToken(text, token))}
      />
    </section>
  );
}
