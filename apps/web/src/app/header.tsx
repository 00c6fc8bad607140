import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../lib/i18n.ts';
import type { Language } from '../lib/i18n.ts';
import { applyTheme, savedTheme } from '../lib/theme.ts';
import type { ThemeChoice } from '../lib/theme.ts';

export function Header() {
  const { t, i18n } = useTranslation();
  const [theme, setTheme] = useState<ThemeChoice>(savedTheme);
  useEffect(() => applyTheme(theme), [theme]);
  const lang = currentLanguage();
  return (
    <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
      <div className="flex items-baseline gap-3">
        <h1 className="text-xl font-bold text-teal-800 dark:text-teal-300">Teapot</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('app.tagline')}</p>
      </div>
      <div className="flex items-center gap-3 text-sm">
        <label className="flex items-center gap-1">
          <span>{t('app.language')}</span>
          <select
            value={lang}
            onChange={(e) => setLanguage(e.target.value as Language)}
            className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-700 dark:bg-slate-900"
            key={i18n.language}
          >
            <option value="en">English</option>
            <option value="ko">한국어</option>
          </select>
        </label>
        <label className="flex items-center gap-1">
          <span>{t('app.theme')}</span>
          <select
            value={theme}
            onChange={(e) => setTheme(e.target.value as ThemeChoice)}
            className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="system">{t('app.themeSystem')}</option>
            <option value="light">{t('app.themeLight')}</option>
            <option value="dark">{t('app.themeDark')}</option>
          </select>
        </label>
      </div>
    </header>
  );
}
