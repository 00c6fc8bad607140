import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Span } from '@teapot/http-message';
import type { Exchange } from '../types.ts';
import { RawMessage } from './raw-message.tsx';

export interface RequestSectionProps {
  request: Exchange['request'];
  highlight: Span | null;
  reveal?: boolean;
  showLineEndings: boolean;
  /** Open the section (a note about the request was focused). */
  forceOpen: boolean;
  level: 2 | 3;
}

/** The request exactly as written to the socket, in a disclosure; what was not sent, below it. */
export function RequestSection({
  request,
  highlight,
  reveal,
  showLineEndings,
  forceOpen,
  level,
}: RequestSectionProps) {
  const { t } = useTranslation();
  const panel = useId();
  const [open, setOpen] = useState(
    () => Boolean(request.notSent) || request.message.problems.some((p) => p.level === 'bad'),
  );
  useEffect(() => {
    if (forceOpen) setOpen(true);
  }, [forceOpen]);
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <section className="rounded-md border border-slate-200 dark:border-slate-800">
      <Sub>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => setOpen(!open)}
          className="flex w-full items-center gap-2 rounded-md p-3 text-left font-semibold focus-visible:outline-2 focus-visible:outline-teal-600"
        >
          <span aria-hidden className={`text-slate-500 transition-transform ${open ? 'rotate-90' : ''}`}>
            ▸
          </span>
          {t('exchange.request.title', { bytes: request.bytes })}
        </button>
      </Sub>
      <div id={panel} hidden={!open} className="space-y-2 px-3 pb-3">
        {request.lineEndingsNormalized > 0 && (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {t('exchange.request.normalized', { n: request.lineEndingsNormalized })}
          </p>
        )}
        <RawMessage
          text={request.raw}
          message={request.message}
          highlight={highlight}
          reveal={reveal}
          label={t('exchange.request.raw')}
          testId="raw-request"
          showLineEndings={showLineEndings}
        />
        {request.notSent && (
          <div>
            <p className="text-sm font-semibold text-amber-800 dark:text-amber-300">
              {t('exchange.request.notSent')}
            </p>
            <pre className="font-mono text-sm break-all whitespace-pre-wrap text-slate-600 dark:text-slate-400">
              {request.notSent}
            </pre>
          </div>
        )}
      </div>
    </section>
  );
}
