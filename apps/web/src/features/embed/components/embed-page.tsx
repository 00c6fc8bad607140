import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from '../../../lib/router.ts';
import { fullPageUrl, readEmbed } from '../embed-params.ts';

export interface EmbedPageProps {
  /** The compact view of one lesson (the app passes the lessons feature's). */
  renderLesson: (lessonId: string) => ReactNode;
  /** The compact playground with one request loaded. */
  renderRequest: (request: string) => ReactNode;
}

/**
 * `/embed?lesson=<id>` or `/embed?request=<base64url>`: a compact playground for an iframe in a
 * tutorial. The server lets only this path be framed.
 */
export function EmbedPage({ renderLesson, renderRequest }: EmbedPageProps) {
  const { t } = useTranslation();
  const target = readEmbed(useLocation());
  return (
    <div className="flex min-h-screen flex-col text-sm">
      <header className="flex items-center justify-between gap-2 border-b border-slate-200 px-3 py-1.5 dark:border-slate-800">
        <span className="font-bold text-teal-800 dark:text-teal-300">Teapot</span>
        <a
          href={fullPageUrl(target)}
          target="_blank"
          rel="noreferrer"
          className="text-teal-800 underline dark:text-teal-300"
        >
          {t('embed.open')}
          <span className="sr-only"> {t('embed.newTab')}</span>
        </a>
      </header>
      <main className="min-h-0 flex-1 p-3">
        {target.kind === 'lesson' && renderLesson(target.lessonId)}
        {target.kind === 'request' && renderRequest(target.request)}
        {target.kind === 'invalid' && (
          <div
            role="alert"
            className="rounded-md border border-amber-500 bg-amber-50 p-3 dark:bg-amber-950/40"
          >
            <h1 className="font-semibold">{t('embed.invalidTitle')}</h1>
            <p>{t(target.reason === 'missing' ? 'embed.missing' : 'embed.badRequest')}</p>
          </div>
        )}
      </main>
    </div>
  );
}
