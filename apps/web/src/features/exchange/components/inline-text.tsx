import type { ReactNode } from 'react';

/**
 * Knowledge base prose as text, with `backticked` parts shown as code (field values,
 * request lines). Nothing is ever parsed as HTML.
 */
export function InlineText({ text }: { text: string }): ReactNode {
  const parts = text.split(/(`[^`\n]+`)/);
  return parts.map((part, i) =>
    part.length > 2 && part.startsWith('`') && part.endsWith('`') ? (
      <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">
        {part.slice(1, -1)}
      </code>
    ) : (
      part
    ),
  );
}
