import type { Localized } from '../types.ts';

/**
 * Fills `{name}` placeholders in both languages with the exchange's facts.
 * @example fill({ en: 'Allow lists {allow}', ko: 'Allow에 {allow}' }, { allow: 'GET, HEAD' })
 */
export function fill(text: Localized, params: Record<string, string | number> = {}): Localized {
  const one = (s: string) => s.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
  return { en: one(text.en), ko: one(text.ko) };
}
