import { Fragment } from 'react';
import type { HttpMessage, Span } from '@teapot/http-message';

interface Mark {
  span: Span;
  className: string;
  title?: string;
}

function marksOf(message: HttpMessage | null): Mark[] {
  if (!message) return [];
  const marks: Mark[] = [];
  if (message.kind === 'request' && message.requestLine) {
    const l = message.requestLine;
    marks.push({ span: l.methodSpan, className: 'text-fuchsia-700 dark:text-fuchsia-300 font-semibold' });
    marks.push({ span: l.targetSpan, className: 'text-sky-700 dark:text-sky-300' });
    marks.push({ span: l.versionSpan, className: 'text-slate-500 dark:text-slate-400' });
  }
  if (message.kind === 'response' && message.statusLine) {
    const l = message.statusLine;
    marks.push({ span: l.versionSpan, className: 'text-slate-500 dark:text-slate-400' });
    const tone =
      l.status >= 500
        ? 'text-red-700 dark:text-red-300'
        : l.status >= 400
          ? 'text-amber-700 dark:text-amber-300'
          : l.status >= 300
            ? 'text-sky-700 dark:text-sky-300'
            : 'text-emerald-700 dark:text-emerald-300';
    marks.push({ span: l.statusSpan, className: `${tone} font-bold` });
    marks.push({ span: l.reasonSpan, className: `${tone}` });
  }
  for (const h of message.headers) {
    marks.push({ span: h.nameSpan, className: 'text-teal-700 dark:text-teal-300 font-semibold' });
    marks.push({ span: h.valueSpan, className: 'text-slate-800 dark:text-slate-200' });
  }
  return marks;
}

export interface RawMessageProps {
  text: string;
  message: HttpMessage | null;
  highlight?: Span | null;
  label: string;
  testId?: string;
}

/**
 * Shows a raw message exactly as text, its parts coloured, one span highlighted.
 * Bytes are always rendered as text, never as HTML.
 */
export function RawMessage({ text, message, highlight, label, testId }: RawMessageProps) {
  const marks = marksOf(message).filter((m) => m.span.end > m.span.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m.span.start);
    cuts.add(m.span.end);
  }
  if (highlight) {
    cuts.add(Math.max(0, highlight.start));
    cuts.add(Math.min(text.length, highlight.end));
  }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    const mark = marks.find((m) => m.span.start <= start && m.span.end >= end);
    const lit = highlight && highlight.start <= start && highlight.end >= end && highlight.end > highlight.start;
    const className = [mark?.className, lit ? 'bg-yellow-200 dark:bg-yellow-700/60 rounded-sm' : '']
      .filter(Boolean)
      .join(' ');
    pieces.push(
      <Fragment key={start}>
        {className ? (
          <span className={className} data-highlighted={lit ? 'true' : undefined}>
            {text.slice(start, end)}
          </span>
        ) : (
          text.slice(start, end)
        )}
      </Fragment>,
    );
  }
  return (
    <pre
      aria-label={label}
      data-testid={testId}
      tabIndex={0}
      className="font-mono text-sm leading-relaxed whitespace-pre-wrap break-all rounded-md border border-slate-200 bg-slate-50 p-3 dark:border-slate-800 dark:bg-slate-900"
    >
      {pieces}
    </pre>
  );
}
