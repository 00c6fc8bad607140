import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/copy-button.tsx';

/** A code snippet with a Copy button. */
export function CopyBox({ title, code }: { title: string; code: string }) {
  const { t } = useTranslation();
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 flex items-center justify-between gap-2 text-sm font-medium">
        {title}
        <CopyButton text={code} size="sm" aria-label={t('live.copyLabel', { what: title })} />
      </figcaption>
      <pre
        tabIndex={0}
        aria-label={title}
        className="overflow-auto rounded-md bg-slate-900 p-3 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap text-slate-100 dark:bg-black/60">
        {code}
      </pre>
    </figure>
  );
}
