import { useCallback, useEffect, useRef, useState } from 'react';

export interface HeaderTip {
  /** Index of the header whose explanation is showing, or null. */
  index: number | null;
  /** Opened by a click or Enter: stays until closed, even when the pointer leaves. */
  pinned: boolean;
}

const CLOSE_DELAY_MS = 200;

/**
 * Open/close logic of the header explanation: hover and focus open it, leaving closes it
 * after a short delay (so the pointer can move onto the tooltip), a click pins it,
 * Escape closes it from anywhere (WCAG 1.4.13: dismissible, hoverable, persistent).
 */
export function useHeaderTip() {
  const [tip, setTip] = useState<HeaderTip>({ index: null, pinned: false });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancelClose = useCallback(() => clearTimeout(timer.current), []);

  const show = useCallback(
    (index: number) => {
      cancelClose();
      setTip((t) => (t.pinned && t.index !== index ? t : { index, pinned: t.index === index && t.pinned }));
    },
    [cancelClose],
  );
  const hideSoon = useCallback(() => {
    cancelClose();
    timer.current = setTimeout(
      () => setTip((t) => (t.pinned ? t : { index: null, pinned: false })),
      CLOSE_DELAY_MS,
    );
  }, [cancelClose]);
  const hide = useCallback(() => {
    cancelClose();
    setTip({ index: null, pinned: false });
  }, [cancelClose]);
  const togglePin = useCallback(
    (index: number) => {
      cancelClose();
      setTip((t) => (t.index === index && t.pinned ? { index, pinned: false } : { index, pinned: true }));
    },
    [cancelClose],
  );

  useEffect(() => {
    if (tip.index === null) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') hide();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [tip.index, hide]);
  useEffect(() => cancelClose, [cancelClose]);

  return { tip, show, hideSoon, hide, togglePin, cancelClose };
}
