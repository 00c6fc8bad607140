import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A code snippet with a Copy button that says when it worked. */
export function CopyBox({ title, code }: { title: string; code: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
    setTimeout(() => setCopied(null), 2500);
  };
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 flex items-center justify-between gap-2 text-sm font-medium">
        {title}
        <span className="flex items-center gap-2">
          <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
            {copied === 'yes' ? t('live.copied') : copied === 'no' ? t('live.copyFailed') : ''}
          </span>
          <button
            type="button"
            onClick={() => void copy()}
            aria-label={t('live.copyLabel', { what: title })}
            className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {t('live.copy')}
          </button>
        </span>
      </figcaption>
      <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs leading-relaxed text-slate-100 dark:bg-black/60">
        {code}
      </pre>
    </figure>
  );
}
