/** The keyboard shortcuts, as data: the sheet lists them and the handler uses the same keys. */
export const SHORTCUTS = [
  {
    id: 'send',
    keys: [
      ['Ctrl', 'Enter'],
      ['⌘', 'Enter'],
    ],
  },
  {
    id: 'runAll',
    keys: [
      ['Ctrl', 'Shift', 'Enter'],
      ['⌘', 'Shift', 'Enter'],
    ],
  },
  { id: 'editor', keys: [['Alt', '1']] },
  { id: 'response', keys: [['Alt', '2']] },
  { id: 'history', keys: [['Alt', '3']] },
  { id: 'presenter', keys: [['Alt', 'Shift', 'P']] },
  { id: 'problems', keys: [['Ctrl', 'Shift', 'M']] },
  { id: 'leaveEditor', keys: [['Esc', 'Tab']], sequence: true },
  { id: 'sheet', keys: [['?']] },
] as const;

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

/** True when a key press is typing into a field (so `?` must not open the sheet). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
