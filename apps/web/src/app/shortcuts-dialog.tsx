import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/dialog.tsx';
import { Kbd } from '../components/kbd.tsx';
import { SHORTCUTS } from './shortcuts.ts';

/** The `?` sheet: every keyboard shortcut. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('shortcuts.title')}
      description={t('shortcuts.description')}
    >
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('shortcuts.action')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
          {SHORTCUTS.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                {t(`shortcuts.${s.id}`)}
              </th>
              <td className="py-2 text-right">
                {s.keys.map((combo, i) => (
                  <Fragment key={i}>
                    {i > 0 && (
                      <span className="mx-1 text-slate-600 dark:text-slate-400">{t('shortcuts.or')}</span>
                    )}
                    <span className="inline-block whitespace-nowrap">
                      {combo.map((k, j) => (
                        <Fragment key={j}>
                          {j > 0 &&
                            ('sequence' in s ? (
                              <span> {t('shortcuts.then')} </span>
                            ) : (
                              <span aria-hidden> + </span>
                            ))}
                          <Kbd>{k}</Kbd>
                        </Fragment>
                      ))}
                    </span>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
