/**
 * i18next, configured once. The learner's choice is remembered; the browser language is the default.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import ko from '../locales/ko.json';
import { readText, writeText } from './storage.ts';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'teapot.lang';

function initialLanguage(): Language {
  const saved = readText(STORAGE_KEY);
  if (saved === 'en' || saved === 'ko') return saved;
  const browser = globalThis.navigator?.languages ?? [];
  return browser.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

export function setLanguage(lang: Language): void {
  writeText(STORAGE_KEY, lang);
  void i18n.changeLanguage(lang);
}

export function currentLanguage(): Language {
  return i18n.language === 'ko' ? 'ko' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ko: { translation: ko } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (lang) => {
  document.documentElement.lang = lang;
});
document.documentElement.lang = i18n.language;

export { i18n };
