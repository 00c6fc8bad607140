import type { Localized } from '@teapot/lessons';
import { currentLanguage } from '../../lib/i18n.ts';

/** The text in the UI's current language. */
export function useLocalized(): (text: Localized) => string {
  const lang = currentLanguage();
  return (text) => text[lang];
}
