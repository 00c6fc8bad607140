import { useTranslation } from 'react-i18next';
import { RequestEditor } from './request-editor.tsx';

export interface ComposerProps {
  value: string;
  onChange: (v: string) => void;
  onSend: () => void;
  sending: boolean;
  onReset: () => void;
}

export function Composer({ value, onChange, onSend, sending, onReset }: ComposerProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="composer-title" className="flex h-full flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <h2 id="composer-title" className="text-lg font-semibold">
          {t('composer.title')}
        </h2>
        <div className="flex items-center gap-2">
          <button
            type="button"
            onClick={onReset}
            className="rounded-md px-3 py-1.5 text-sm text-slate-700 underline-offset-2 hover:underline dark:text-slate-300"
          >
            {t('composer.reset')}
          </button>
          <button
            type="button"
            onClick={onSend}
            disabled={sending}
            aria-busy={sending}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            className="inline-flex items-center gap-2 rounded-md bg-teal-700 px-4 py-1.5 font-semibold text-white hover:bg-teal-800 disabled:opacity-70"
          >
            {sending && <span aria-hidden className="h-3 w-3 animate-spin rounded-full border-2 border-white border-t-transparent" />}
            {sending ? t('composer.sending') : t('composer.send')}
          </button>
        </div>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t('composer.hint')}</p>
      <div className="min-h-0 flex-1">
        <RequestEditor value={value} onChange={onChange} onSubmit={onSend} label={t('composer.editorLabel')} />
      </div>
    </section>
  );
}
