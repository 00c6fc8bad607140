import type { MouseEvent, ReactNode } from 'react';

export interface RefLinkProps {
  to: string;
  navigate: (to: string) => void;
  children: ReactNode;
  className?: string;
  current?: boolean;
}

/** A real link (it opens in a new tab, it can be copied) that navigates in place on a plain click. */
export function RefLink({ to, navigate, children, className, current }: RefLinkProps) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} aria-current={current ? 'page' : undefined} className={className}>
      {children}
    </a>
  );
}

export const LINK_CLASS =
  'text-teal-800 underline decoration-teal-800/40 underline-offset-2 hover:decoration-teal-800 dark:text-teal-300 dark:decoration-teal-300/40 dark:hover:decoration-teal-300';
