import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/dialog.tsx';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useStatusExamples } from '../api/get-status-examples.ts';
import { TEMPLATE_METHODS, methodTemplate } from '../templates/method-templates.ts';
import { statusTemplate } from '../templates/status-template.ts';

export interface TemplatesDialogProps {
  open: boolean;
  onClose: () => void;
  /** The Host the learner is using (kept in method templates). */
  host: string;
  onPick: (text: string) => void;
}

const ITEM =
  'flex w-full items-baseline gap-3 rounded-md px-3 py-2 text-left hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-teal-600 dark:hover:bg-teal-950/50';

/** Starter requests: one per method, and one per status code the mock API can produce. */
export function TemplatesDialog({ open, onClose, host, onPick }: TemplatesDialogProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [query, setQuery] = useState('');
  const codes = useStatusExamples(open);
  const q = query.trim().toLowerCase();
  const statuses = useMemo(
    () =>
      (codes.data ?? [])
        .filter((s) => s.example)
        .filter(
          (s) => !q || `${s.code} ${s.reason} ${s.summary.en} ${s.summary.ko}`.toLowerCase().includes(q),
        ),
    [codes.data, q],
  );
  const methods = TEMPLATE_METHODS.filter((m) => !q || m.toLowerCase().includes(q));
  const pick = (text: string) => {
    onPick(text);
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('templates.title')}
      description={t('templates.description')}
      size="lg"
    >
      <label className="mb-3 block text-sm">
        <span className="sr-only">{t('templates.search')}</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('templates.search')}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 dark:border-slate-600 dark:bg-slate-950"
        />
      </label>
      <div className="grid gap-4 md:grid-cols-[14rem_1fr]">
        <section aria-labelledby="tpl-methods">
          <h3
            id="tpl-methods"
            className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
          >
            {t('templates.methods')}
          </h3>
          <ul>
            {methods.map((m) => (
              <li key={m}>
                <button type="button" className={ITEM} onClick={() => pick(methodTemplate(m, host))}>
                  <span className="w-16 font-mono font-semibold text-fuchsia-800 dark:text-fuchsia-300">
                    {m}
                  </span>
                  <span className="text-sm text-slate-700 dark:text-slate-300">
                    {t(`templates.method.${m}`)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="tpl-status" aria-busy={codes.isPending}>
          <h3
            id="tpl-status"
            className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
          >
            {t('templates.statusCodes')}
          </h3>
          {codes.isPending && <p role="status">{t('common.loading')}</p>}
          {codes.isError && <p role="alert">{t('templates.loadFailed')}</p>}
          <ul className="max-h-[50vh] overflow-auto">
            {statuses.map((s) => (
              <li key={s.code}>
                <button
                  type="button"
                  className={ITEM}
                  onClick={() => pick(statusTemplate(s.example ?? '', s.setup ?? [], String(s.code)))}
                >
                  <span className="w-10 font-mono font-bold">{s.code}</span>
                  <span className="min-w-0">
                    <span className="font-medium">{s.reason}</span>
                    <span className="block text-sm text-slate-700 dark:text-slate-300">
                      {s.summary[lang]}
                    </span>
                    {(s.setup?.length ?? 0) > 0 && (
                      <span className="block text-xs text-slate-600 dark:text-slate-400">
                        {t('templates.withSetup', { count: s.setup?.length ?? 0 })}
                      </span>
                    )}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Dialog>
  );
}
