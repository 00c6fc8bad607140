import { useTranslation } from 'react-i18next';
import { Button } from '../components/button.tsx';

export interface OpenedNotice {
  /** Where the request came from: 'share', 'reference', 'lesson', 'import'... */
  origin: string;
  /** The draft that was put aside (null when there was nothing of the learner's to keep). */
  previous: string | null;
}

/** Says what was just opened in the editor and that the learner's draft was kept. */
export function DraftNotice({
  notice,
  onRestore,
  onDismiss,
}: {
  notice: OpenedNotice;
  onRestore: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      role="status"
      data-testid="draft-notice"
      className="flex flex-wrap items-center gap-2 rounded-md border border-sky-400 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950/50 dark:text-sky-100"
    >
      <span>
        {t(`opened.${notice.origin}`, { defaultValue: t('opened.link') })}{' '}
        {notice.previous !== null && t('opened.kept')}
      </span>
      {notice.previous !== null && (
        <Button size="sm" onClick={onRestore}>
          {t('opened.restore')}
        </Button>
      )}
      <Button size="sm" variant="ghost" onClick={onDismiss} aria-label={t('common.dismiss')}>
        <span aria-hidden>✕</span>
      </Button>
    </div>
  );
}
