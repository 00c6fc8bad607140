import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import ko from '../locales/ko.json';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(leaves);
}

describe('UI strings', () => {
  it('has the same keys in English and Korean', () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort());
  });

  it('has no empty strings in either language', () => {
    for (const s of [...leaves(en), ...leaves(ko)]) expect(s.trim()).not.toBe('');
  });

  it('keeps the same interpolation placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    const enKeys = keys(en);
    for (const key of enKeys) {
      const get = (obj: unknown) =>
        key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
      expect(placeholders(String(get(ko))), key).toEqual(placeholders(String(get(en))));
    }
  });

  it('actually has Korean text in the Korean file', () => {
    const hangul = leaves(ko).filter((s) => /[가-힣]/.test(s));
    expect(hangul.length).toBeGreaterThan(leaves(ko).length * 0.8);
  });
});
