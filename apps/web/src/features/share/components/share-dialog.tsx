import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/copy-button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { shareLink, stripCredentials } from '../share-link.ts';

export interface ShareDialogProps {
  open: boolean;
  onClose: () => void;
  request: string;
  /** The lesson open now, if any (kept in the link). */
  lesson?: string;
}

/** A link that opens the playground with this request (the token is never in it). */
export function ShareDialog({ open, onClose, request, lesson }: ShareDialogProps) {
  const { t } = useTranslation();
  const [withLesson, setWithLesson] = useState(true);
  const link = useMemo(
    () => shareLink(window.location.href, { request, ...(lesson && withLesson ? { lesson } : {}) }),
    [request, lesson, withLesson],
  );
  const stripped = stripCredentials(request) !== request;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('share.title')}
      description={t('share.description')}
      footer={<CopyButton text={link} variant="primary" label={t('share.copy')} />}
    >
      <div className="space-y-3 text-sm">
        <label className="block">
          <span className="mb-1 block font-medium">{t('share.link')}</span>
          <input
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="share-link"
            className="w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
          />
        </label>
        {stripped && <p className="text-emerald-800 dark:text-emerald-300">🔒 {t('share.stripped')}</p>}
        {lesson && (
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={withLesson}
              onChange={(e) => setWithLesson(e.target.checked)}
              className="h-4 w-4 accent-teal-700"
            />
            {t('share.withLesson', { lesson })}
          </label>
        )}
        {link.length > 8000 && <p className="text-amber-800 dark:text-amber-300">{t('share.long')}</p>}
      </div>
    </Dialog>
  );
}
