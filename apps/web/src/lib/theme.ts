/** Light, dark, or the system's choice (the default). */
import { readText, writeText } from './storage.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'teapot.theme';

export function savedTheme(): ThemeChoice {
  const v = readText(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

export function applyTheme(choice: ThemeChoice): void {
  writeText(KEY, choice);
  const dark =
    choice === 'dark' || (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}
