import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/button.tsx';
import { Tabs } from '../components/tabs.tsx';
import { Composer } from '../features/composer/components/composer.tsx';
import { DEFAULT_REQUEST } from '../features/composer/default-request.ts';
import type { EditorHandle } from '../features/composer/editor/request-editor.tsx';
import { blockAt, splitHttpFile } from '../features/composer/http-file/split-http-file.ts';
import { HistoryPanel } from '../features/history/components/history-panel.tsx';
import { useHistory } from '../features/history/history-store.ts';
import { ShareDialog } from '../features/share/components/share-dialog.tsx';
import { tokenStore } from '../lib/token.ts';
import { fromHistoryEntry } from './exchange-record.ts';
import { ResponsePane } from './response-pane.tsx';
import { isTyping } from './shortcuts.ts';
import { draftHost, tokenFrom, tokenRequest, withToken } from './token-flow.ts';
import type { ExchangeRunner } from './use-exchange-runner.ts';

const ExportDialog = lazy(() => import('../features/export/components/export-dialog.tsx'));
const ImportDialog = lazy(() => import('../features/import/components/import-dialog.tsx'));

export interface PlaygroundProps {
  draft: string;
  setDraft: (text: string) => void;
  token: string | null;
  /** Shown above the editor (a shared request was opened...). */
  notice?: ReactNode;
  /** Called when something is opened in the editor from here (import), so the shell can keep the draft. */
  onOpen: (text: string, origin: string) => void;
  lesson?: string;
  /** Sending and the exchange on screen live in the shell, so they outlast a visit to another screen. */
  runner: ExchangeRunner;
}

type Pane = 'response' | 'history';
type DialogName = 'import' | 'export' | 'share' | null;

/** The main screen: compose on the left; the annotated exchange or the history on the right. */
export function Playground({ draft, setDraft, token, notice, onOpen, lesson, runner }: PlaygroundProps) {
  const { t } = useTranslation();
  const history = useHistory();
  const [pane, setPane] = useState<Pane>('response');
  const [dialog, setDialog] = useState<DialogName>(null);
  const [tokenBusy, setTokenBusy] = useState(false);
  const [tokenError, setTokenError] = useState(false);
  const [announce, setAnnounce] = useState('');
  const editor = useRef<EditorHandle | null>(null);
  const responsePanel = useRef<HTMLDivElement>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;

  const showResponse = () => setPane('response');
  const announced = (status: number | null | undefined, reason: string | null | undefined) =>
    setAnnounce(t('response.announce', { status: status ?? '—', reason: reason ?? '' }));

  const send = async (text: string) => {
    showResponse();
    const ex = await runner.send(text);
    if (ex) announced(ex.response.status, ex.response.reason);
  };
  const runAll = async (texts: string[]) => {
    showResponse();
    const done = await runner.runAll(texts);
    if (done) setAnnounce(t('composer.runDone', { count: done.length }));
  };
  const getToken = async () => {
    setTokenBusy(true);
    setTokenError(false);
    showResponse();
    const ex = await runner.send(tokenRequest(draftHost(draftRef.current)), 'token');
    const fresh = ex ? tokenFrom(ex) : undefined;
    if (fresh) {
      const old = tokenStore.get();
      tokenStore.set(fresh);
      setDraft(withToken(draftRef.current, fresh, old, editor.current?.cursor() ?? 0));
      setAnnounce(t('composer.token.got'));
    } else if (ex) setTokenError(true);
    setTokenBusy(false);
  };
  const currentRequest = () => {
    const blocks = splitHttpFile(draft);
    return (blocks.length > 1 ? blockAt(blocks, editor.current?.cursor() ?? 0)?.text : draft) ?? draft;
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
        if (e.code === 'Digit1') editor.current?.focus();
        else if (e.code === 'Digit2') {
          setPane('response');
          requestAnimationFrame(() => responsePanel.current?.focus());
        } else if (e.code === 'Digit3') {
          setPane('history');
          requestAnimationFrame(() => document.getElementById('history-filter')?.focus());
        } else return;
        e.preventDefault();
      } else if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && !isTyping(e.target)) {
        // Outside the editor (e.g. the structured view's buttons), Ctrl+Enter still sends.
        e.preventDefault();
        const blocks = splitHttpFile(draftRef.current);
        if (e.shiftKey && blocks.length > 1) void runAll(blocks.map((b) => b.text));
        else void send(currentRequest());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const exchangeSource = runner.shown && {
    createdAt: runner.shown.createdAt,
    requestRaw: runner.shown.request.raw,
    responseRaw: runner.shown.response.raw,
    totalMs: runner.shown.timings.totalMs,
  };

  return (
    <main id="main" tabIndex={-1} className="grid min-h-0 flex-1 gap-4 p-3 sm:p-4 lg:grid-cols-2">
      <div className="flex min-h-[30rem] min-w-0 flex-col lg:h-[calc(100vh-5.5rem)]">
        <Composer
          value={draft}
          onChange={setDraft}
          onSend={(text) => void send(text)}
          onRunAll={(texts) => void runAll(texts)}
          sending={runner.pending}
          progress={runner.progress}
          token={token}
          tokenBusy={tokenBusy}
          onGetToken={() => void getToken()}
          onForgetToken={() => tokenStore.set(null)}
          onReset={() => setDraft(DEFAULT_REQUEST)}
          editorHandle={(h) => (editor.current = h)}
          notice={
            <>
              {notice}
              {tokenError && (
                <p
                  role="alert"
                  className="rounded-md border border-red-400 bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950/50 dark:text-red-200"
                >
                  {t('composer.token.failed')}
                </p>
              )}
            </>
          }
          actions={
            <>
              <Button onClick={() => setDialog('import')} aria-haspopup="dialog">
                {t('import.open')}
              </Button>
              <Button onClick={() => setDialog('export')} aria-haspopup="dialog">
                {t('export.open')}
              </Button>
              <Button onClick={() => setDialog('share')} aria-haspopup="dialog">
                {t('share.open')}
              </Button>
            </>
          }
        />
      </div>
      <section aria-label={t('response.pane')} className="flex min-w-0 flex-col gap-3">
        <Tabs
          label={t('panes.label')}
          idBase="pane"
          items={[
            { key: 'response', label: t('panes.response') },
            {
              key: 'history',
              label: t('panes.history'),
              extra: (
                <span className="rounded-full bg-slate-200 px-1.5 text-xs dark:bg-slate-700">
                  {history.length}
                </span>
              ),
            },
          ]}
          selected={pane}
          onSelect={setPane}
        />
        <p role="status" className="sr-only">
          {announce}
        </p>
        <div
          ref={responsePanel}
          role="tabpanel"
          id="pane-panel-response"
          aria-labelledby="pane-tab-response"
          tabIndex={-1}
          hidden={pane !== 'response'}
          className="min-w-0 focus-visible:outline-2 focus-visible:outline-teal-600"
        >
          <ResponsePane exchange={runner.shown} error={runner.error} pending={runner.pending} />
        </div>
        <div
          role="tabpanel"
          id="pane-panel-history"
          aria-labelledby="pane-tab-history"
          hidden={pane !== 'history'}
          className="min-w-0"
        >
          <HistoryPanel
            filterId="history-filter"
            onReopen={(entry) => {
              setDraft(entry.draft);
              runner.show(fromHistoryEntry(entry));
              setPane('response');
              setAnnounce(t('history.reopened', { what: `${entry.method} ${entry.target}` }));
            }}
            actions={
              <Button size="sm" disabled={history.length === 0} onClick={() => setDialog('export')}>
                {t('history.exportHar')}
              </Button>
            }
          />
        </div>
      </section>

      <Suspense fallback={null}>
        {dialog === 'export' && (
          <ExportDialog
            open
            onClose={() => setDialog(null)}
            request={currentRequest()}
            exchange={exchangeSource}
            history={history}
          />
        )}
        {dialog === 'import' && (
          <ImportDialog open onClose={() => setDialog(null)} onImport={(text) => onOpen(text, 'import')} />
        )}
      </Suspense>
      <ShareDialog
        open={dialog === 'share'}
        onClose={() => setDialog(null)}
        request={currentRequest()}
        lesson={lesson}
      />
    </main>
  );
}
