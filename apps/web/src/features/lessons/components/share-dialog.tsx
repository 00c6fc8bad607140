import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/copy-button.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { useClassroom } from '../api/get-classroom.ts';

const QrCode = lazy(() => import('./qr-code.tsx').then((m) => ({ default: m.QrCode })));

export interface ShareDialogProps {
  open: boolean;
  onClose: () => void;
  /** The path students open, e.g. `/lessons/post-create`. */
  path: string;
  title: string;
}

/** A link and a QR code that open the lesson for students on the same network. */
export function ShareDialog({ open, onClose, path, title }: ShareDialogProps) {
  const { t } = useTranslation();
  const classroom = useClassroom(open);
  const urls = (classroom.data?.urls ?? [window.location.origin]).map((origin) => new URL(path, origin).href);
  const [picked, setPicked] = useState(0);
  const url = urls[picked] ?? urls[0] ?? path;
  const loopback = /^https?:\/\/(localhost|127\.|\[::1\])/.test(url);
  return (
    <Dialog open={open} onClose={onClose} title={t('lessons.shareTitle')} description={title} size="lg">
      <div className="flex flex-col items-center gap-4 md:flex-row md:items-start">
        {open && (
          <Suspense fallback={<div className="h-64 w-64" />}>
            <QrCode text={url} label={t('lessons.qrLabel', { url })} />
          </Suspense>
        )}
        <div className="min-w-0 flex-1 space-y-3 text-sm">
          <p>{t('lessons.shareIntro')}</p>
          {urls.length > 1 && (
            <label className="flex flex-col gap-1">
              <span className="font-semibold">{t('lessons.shareAddress')}</span>
              <select
                value={picked}
                onChange={(e) => setPicked(Number(e.target.value))}
                className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
              >
                {urls.map((u, i) => (
                  <option key={u} value={i}>
                    {u}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="flex flex-col gap-1">
            <span className="font-semibold">{t('lessons.shareLink')}</span>
            <input
              readOnly
              value={url}
              onFocus={(e) => e.target.select()}
              className="rounded border border-slate-300 bg-white px-2 py-1 font-mono dark:border-slate-700 dark:bg-slate-900"
            />
          </label>
          <CopyButton text={url} label={t('lessons.copyLink')} />
          {loopback && (
            <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-2 dark:bg-amber-950/40">
              {t('lessons.lanHint')}
            </p>
          )}
          <p className="text-slate-600 dark:text-slate-400">{t('lessons.ownSandbox')}</p>
        </div>
      </div>
    </Dialog>
  );
}
