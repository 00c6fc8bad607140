import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../../lib/i18n.ts';
import { useLocation } from '../../../lib/router.ts';
import { fullPageUrl, readEmbed, readLook } from '../embed-params.ts';

export interface EmbedPageProps {
  /** The compact view of one lesson (the app passes the lessons feature's). */
  renderLesson: (lessonId: string) => ReactNode;
  /** The compact playground with one request loaded. */
  renderRequest: (request: string) => ReactNode;
}

/**
 * `/embed?lesson=<id>` or `/embed?request=<base64url>` (optionally `&lang=ko`, `&theme=dark`): a
 * compact playground for an iframe in a tutorial. The server lets only this path be framed.
 */
export function EmbedPage({ renderLesson, renderRequest }: EmbedPageProps) {
  const { t } = useTranslation();
  const url = useLocation();
  const target = readEmbed(url);
  const { lang, theme } = readLook(url);
  // The tutorial's choices apply to this frame only; the learner's saved settings stay as they are.
  useEffect(() => {
    if (lang) void i18n.changeLanguage(lang);
  }, [lang]);
  useEffect(() => {
    if (theme) document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);
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
