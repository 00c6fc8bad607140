import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { HttpMessage, Span } from '@teapot/http-message';
import { useHeaderTip } from '../hooks/use-header-tip.ts';
import { splitLines } from '../utils/segments.ts';
import type { Line, Piece } from '../utils/segments.ts';
import { HeaderTooltip } from './header-tooltip.tsx';
import { kindClass } from './part-colours.ts';

const EOL_MARK =
  'before:content-[attr(data-mark)] before:px-px before:text-[0.7em] before:text-slate-400 before:select-none dark:before:text-slate-500';

export interface RawMessageProps {
  text: string;
  message: HttpMessage | null;
  highlight?: Span | null;
  /** Scroll the highlighted bytes into view (when a note was focused from the keyboard). */
  reveal?: boolean;
  label: string;
  testId?: string;
  showLineEndings: boolean;
}

/**
 * A raw message shown exactly as text (never as HTML), its parts coloured, the bytes of
 * one span highlighted. Header names are buttons: hover or focus one to learn what the
 * field does; arrow keys move between them. The head's line endings are marked with a
 * pseudo-element, so copying the text copies the real bytes only; body bytes are left plain.
 */
export function RawMessage({
  text,
  message,
  highlight = null,
  reveal,
  label,
  testId,
  showLineEndings,
}: RawMessageProps) {
  const lines = splitLines(text, message, highlight);
  const status = message?.kind === 'response' ? message.statusLine?.status : undefined;
  const headers = message?.headers ?? [];
  const { tip, show, hideSoon, togglePin, cancelClose } = useHeaderTip();
  const [roving, setRoving] = useState(0);
  const tooltipId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (reveal && highlight)
      root.current?.querySelector('[data-highlighted]')?.scrollIntoView({ block: 'nearest' });
  }, [reveal, highlight]);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: headers.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const buttons = root.current?.querySelectorAll<HTMLButtonElement>('button[data-header-index]') ?? [];
    buttons[Math.max(0, Math.min(to, buttons.length - 1))]?.focus();
  };

  const headerButton = (index: number, p: Piece) => (
    <button
      key={p.start}
      type="button"
      data-header-index={index}
      tabIndex={index === roving ? 0 : -1}
      aria-describedby={tip.index === index ? tooltipId : undefined}
      onFocus={() => {
        setRoving(index);
        show(index);
      }}
      onBlur={hideSoon}
      onClick={() => togglePin(index)}
      onKeyDown={(e) => onKeyDown(e, index)}
      className={`cursor-help rounded-sm underline decoration-dotted decoration-1 underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-600 ${kindClass(p.kind, status)}`}
    >
      {text.slice(p.start, p.end)}
    </button>
  );

  const renderPiece = (line: Line, p: Piece) =>
    line.header !== undefined && p.kind === 'header-name' ? (
      headerButton(line.header, p)
    ) : (
      <span key={p.start} className={kindClass(p.kind, status)}>
        {text.slice(p.start, p.end)}
      </span>
    );

  const renderLine = (line: Line) => {
    const content: ReactNode[] = [];
    let run: Piece[] = [];
    const flush = () => {
      const first = run[0];
      if (!first) return;
      content.push(
        <mark
          key={`m${first.start}`}
          data-highlighted="true"
          className="rounded-sm bg-yellow-200 text-inherit ring-1 ring-yellow-500 dark:bg-yellow-500/30 dark:ring-yellow-400/70"
        >
          {run.map((p) => renderPiece(line, p))}
        </mark>,
      );
      run = [];
    };
    for (const p of line.pieces) {
      if (p.lit) run.push(p);
      else {
        flush();
        content.push(renderPiece(line, p));
      }
    }
    flush();
    const header = line.header;
    return (
      <span
        key={line.start}
        data-line={line.start}
        onMouseEnter={header === undefined ? undefined : () => show(header)}
        onMouseLeave={header === undefined ? undefined : hideSoon}
      >
        {content}
        {line.ending && (
          <span
            data-mark={
              showLineEndings && !line.body ? (line.ending === '\r\n' ? '\\r\\n' : '\\n') : undefined
            }
            className={[
              showLineEndings && !line.body ? EOL_MARK : '',
              line.endingLit ? 'bg-yellow-200 dark:bg-yellow-500/30' : '',
            ].join(' ')}
          >
            {line.ending}
          </span>
        )}
      </span>
    );
  };

  const active = tip.index === null ? undefined : headers[tip.index];
  return (
    <div ref={root} className="relative">
      <pre
        role="group"
        aria-label={label}
        data-testid={testId}
        className="overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm leading-relaxed break-all whitespace-pre-wrap dark:border-slate-800 dark:bg-slate-900"
      >
        {lines.map(renderLine)}
      </pre>
      {active && (
        <HeaderTooltip
          id={tooltipId}
          name={active.name}
          container={root}
          lineStart={active.span.start}
          onPointerEnter={cancelClose}
          onPointerLeave={hideSoon}
          pinned={tip.pinned}
        />
      )}
    </div>
  );
}
