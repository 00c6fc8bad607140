import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useHeaderInfo } from '../api/get-header-info.ts';
import { InlineText } from './inline-text.tsx';

export interface HeaderTooltipProps {
  id: string;
  name: string;
  /** The element the tooltip is positioned in, and the start offset of the header's line. */
  container: RefObject<HTMLElement | null>;
  lineStart: number;
  pinned: boolean;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** What a header field does, from the knowledge base, under its line. Text only (a tooltip). */
export function HeaderTooltip({
  id,
  name,
  container,
  lineStart,
  pinned,
  onPointerEnter,
  onPointerLeave,
}: HeaderTooltipProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const info = useHeaderInfo(name);
  const [top, setTop] = useState<number | null>(null);

  useLayoutEffect(() => {
    const box = container.current;
    const line = box?.querySelector<HTMLElement>(`[data-line="${lineStart}"]`);
    if (!box || !line) return;
    const rects = line.getClientRects();
    const last = rects[rects.length - 1] ?? line.getBoundingClientRect();
    setTop(last.bottom - box.getBoundingClientRect().top + 6);
  }, [container, lineStart]);

  let body;
  if (info.isPending) body = <p>{t('exchange.header.loading')}</p>;
  else if (info.isError) body = <p>{t('exchange.header.error')}</p>;
  else if (!info.data) body = <p>{t('exchange.header.unknown', { name })}</p>;
  else {
    const h = info.data;
    body = (
      <>
        <p className="font-semibold">
          <InlineText text={h.summary[lang]} />
        </p>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          <InlineText text={h.text[lang]} />
        </p>
        {h.syntax && (
          <p className="mt-2 font-mono text-xs break-words text-slate-600 dark:text-slate-400">{h.syntax}</p>
        )}
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          {h.spec.rfc ? `${h.spec.rfc}${h.spec.section ? ` §${h.spec.section}` : ''}` : h.spec.url}
        </p>
      </>
    );
  }
  const standard = info.data?.standard;
  return (
    <div
      id={id}
      role="tooltip"
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      style={{ top: top ?? 0, visibility: top === null ? 'hidden' : 'visible' }}
      className="absolute right-2 left-2 z-20 max-w-xl rounded-md border border-slate-300 bg-white p-3 text-sm shadow-lg sm:left-8 dark:border-slate-600 dark:bg-slate-800"
    >
      <p className="mb-1 flex flex-wrap items-center gap-2">
        <span className="font-mono font-semibold text-teal-800 dark:text-teal-300">
          {info.data?.name ?? name}
        </span>
        {standard && standard !== 'standard' && (
          <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
            {t(`exchange.header.standard.${standard}`)}
          </span>
        )}
      </p>
      {body}
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        {pinned ? t('exchange.header.pinnedHint') : t('exchange.header.hint')}
      </p>
    </div>
  );
}
