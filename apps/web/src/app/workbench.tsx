import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Spinner } from '../components/button.tsx';
import { LazyRequestEditor as RequestEditor } from '../features/composer/editor/lazy-request-editor.tsx';
import type { EditorHandle } from '../features/composer/editor/request-editor.tsx';
import { blockAt, splitHttpFile } from '../features/composer/http-file/split-http-file.ts';
import type { WorkbenchProps } from '../features/lessons/types.ts';
import { readText, writeText } from '../lib/storage.ts';
import { ResponsePane } from './response-pane.tsx';
import { useExchangeRunner } from './use-exchange-runner.ts';

/**
 * The editor and the annotated response, for lessons and embeds: a smaller playground
 * that keeps its own draft (per lesson) and reports every exchange.
 */
export function Workbench({ initialRequest, draftKey, onExchange, compact }: WorkbenchProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => (draftKey ? readText(draftKey) : null) ?? initialRequest);
  const runner = useExchangeRunner();
  const editor = useRef<EditorHandle | null>(null);
  const report = useRef(onExchange);
  report.current = onExchange;

  useEffect(() => {
    if (!draftKey) return;
    const id = setTimeout(() => writeText(draftKey, draft), 250);
    return () => clearTimeout(id);
  }, [draft, draftKey]);

  const send = async (cursor: number) => {
    const blocks = splitHttpFile(draft);
    const text = (blocks.length > 1 ? blockAt(blocks, cursor)?.text : draft) ?? draft;
    const ex = await runner.send(text);
    if (ex) report.current(ex);
  };
  const runAll = async () => {
    const done = await runner.runAll(splitHttpFile(draft).map((b) => b.text));
    for (const ex of done ?? []) report.current(ex);
  };

  return (
    <div className={`grid min-w-0 gap-3 ${compact ? '' : 'xl:grid-cols-2'}`}>
      <div className="flex min-w-0 flex-col gap-2">
        <div className="flex flex-wrap items-center justify-end gap-2">
          <Button size="sm" variant="ghost" onClick={() => setDraft(initialRequest)}>
            {t('composer.reset')}
          </Button>
          <Button
            variant="primary"
            onClick={() => void send(editor.current?.cursor() ?? 0)}
            disabled={runner.pending}
            aria-busy={runner.pending}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {runner.pending && <Spinner />}
            {runner.pending ? t('composer.sending') : t('composer.send')}
          </Button>
        </div>
        <div className={compact ? 'h-56' : 'h-72'}>
          <RequestEditor
            value={draft}
            onChange={setDraft}
            onSubmit={(cursor) => void send(cursor)}
            onSubmitAll={() => void runAll()}
            label={t('composer.editorLabel')}
            handle={(h) => (editor.current = h)}
          />
        </div>
        {runner.progress && <p role="status">{t('composer.runProgress', { ...runner.progress })}</p>}
      </div>
      <div className="min-w-0" aria-live="polite">
        <ResponsePane exchange={runner.shown} error={runner.error} pending={runner.pending} />
      </div>
    </div>
  );
}
