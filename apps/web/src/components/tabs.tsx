import { useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export interface TabItem<K extends string> {
  key: K;
  label: ReactNode;
  /** Shown after the label (a count, a badge). */
  extra?: ReactNode;
}

export interface TabsProps<K extends string> {
  label: string;
  items: readonly TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
  /** Id prefix, so panels can point back with aria-labelledby: `${idBase}-tab-${key}`. */
  idBase?: string;
  size?: 'sm' | 'md';
}

/** The id of a tab's panel, for `<div role="tabpanel" id={tabPanelId(...)}>`. */
export function tabPanelId(idBase: string, key: string) {
  return `${idBase}-panel-${key}`;
}
export function tabId(idBase: string, key: string) {
  return `${idBase}-tab-${key}`;
}

/**
 * An ARIA tab list: arrow keys, Home and End move between tabs (automatic activation).
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function Tabs<K extends string>({
  label,
  items,
  selected,
  onSelect,
  idBase,
  size = 'md',
}: TabsProps<K>) {
  const fallback = useId();
  const base = idBase ?? fallback;
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const index = items.findIndex((i) => i.key === selected);
    const last = items.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % items.length
        : e.key === 'ArrowLeft'
          ? (index - 1 + items.length) % items.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    const item = items[next];
    if (!item) return;
    e.preventDefault();
    onSelect(item.key);
    refs.current.get(item.key)?.focus();
  };
  const pad = size === 'sm' ? 'px-2.5 py-1 text-xs' : 'px-3 py-1.5 text-sm';
  return (
    <div
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
      className="flex gap-1 border-b border-slate-200 dark:border-slate-700"
    >
      {items.map((item) => {
        const active = item.key === selected;
        return (
          <button
            key={item.key}
            ref={(el) => {
              if (el) refs.current.set(item.key, el);
              else refs.current.delete(item.key);
            }}
            type="button"
            role="tab"
            id={tabId(base, item.key)}
            aria-selected={active}
            aria-controls={tabPanelId(base, item.key)}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(item.key)}
            className={`-mb-px inline-flex items-center gap-1.5 border-b-2 font-medium ${pad} focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-teal-600 ${
              active
                ? 'border-teal-700 text-teal-900 dark:border-teal-400 dark:text-teal-200'
                : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100'
            }`}
          >
            {item.label}
            {item.extra}
          </button>
        );
      })}
    </div>
  );
}
