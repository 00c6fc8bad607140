import type { ReactNode } from 'react';

/** A key cap, e.g. <Kbd>Ctrl</Kbd>. */
export function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100">
      {children}
    </kbd>
  );
}
