import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/link.tsx';
import { currentLanguage, setLanguage } from '../lib/i18n.ts';
import type { Language } from '../lib/i18n.ts';
import { applyTheme, savedTheme } from '../lib/theme.ts';
import type { ThemeChoice } from '../lib/theme.ts';
import { ROUTES } from './routes.tsx';
import type { AppRoute } from './routes.tsx';

export interface HeaderProps {
  route: AppRoute;
  presenter: boolean;
  onPresenter: (on: boolean) => void;
  onShortcuts: () => void;
}

const SELECT = 'rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900';
const TOGGLE =
  'rounded-md border px-2 py-0.5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 ' +
  'border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

export function Header({ route, presenter, onPresenter, onShortcuts }: HeaderProps) {
  const { t, i18n } = useTranslation();
  const [theme, setTheme] = useState<ThemeChoice>(savedTheme);
  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => {
    if (theme !== 'system') return;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [theme]);
  const lang = currentLanguage();
  return (
    <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
      <div className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-1">
        <Brand heading={!route.ownsLandmarks} />
        <nav aria-label={t('nav.label')}>
          <ul className="flex gap-1 text-sm">
            {ROUTES.filter((r) => r.nav).map((r) => (
              <li key={r.id}>
                <Link
                  href={r.nav?.href ?? '/'}
                  aria-current={r.id === route.id ? 'page' : undefined}
                  className={`rounded-md px-2 py-1 focus-visible:outline-2 focus-visible:outline-teal-600 ${
                    r.id === route.id
                      ? 'bg-teal-100 font-semibold text-teal-950 dark:bg-teal-900/60 dark:text-teal-100'
                      : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
                  }`}
                >
                  {t(r.nav?.label ?? '')}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="hidden text-sm text-slate-600 2xl:block dark:text-slate-400">{t('app.tagline')}</p>
      </div>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-1">
          <span>{t('app.language')}</span>
          <select
            value={lang}
            onChange={(e) => setLanguage(e.target.value as Language)}
            className={SELECT}
            key={i18n.language}
          >
            <option value="en">English</option>
            <option value="ko">한국어</option>
          </select>
        </label>
        <label className="flex items-center gap-1">
          <span>{t('app.theme')}</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)} className={SELECT}>
            <option value="system">{t('app.themeSystem')}</option>
            <option value="light">{t('app.themeLight')}</option>
            <option value="dark">{t('app.themeDark')}</option>
          </select>
        </label>
        <button
          type="button"
          aria-pressed={presenter}
          aria-keyshortcuts="Alt+Shift+P"
          onClick={() => onPresenter(!presenter)}
          className={`${TOGGLE} ${presenter ? 'bg-teal-700 text-white hover:bg-teal-800 dark:bg-teal-600 dark:text-slate-950' : ''}`}
        >
          {t('app.presenter')}
        </button>
        <button
          type="button"
          onClick={onShortcuts}
          aria-keyshortcuts="?"
          aria-haspopup="dialog"
          className={TOGGLE}
        >
          <span aria-hidden>⌨ </span>
          {t('shortcuts.open')}
        </button>
      </div>
    </header>
  );
}

/** The logo, linking home; the page's <h1> on screens that have no title of their own. */
function Brand({ heading }: { heading: boolean }) {
  const Tag = heading ? 'h1' : 'span';
  return (
    <Tag className="text-xl font-bold">
      <Link
        href="/"
        className="flex items-center gap-2 rounded text-teal-800 focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-teal-300"
      >
        <img src="/favicon.svg" alt="" className="h-6 w-6" />
        Teapot
      </Link>
    </Tag>
  );
}
