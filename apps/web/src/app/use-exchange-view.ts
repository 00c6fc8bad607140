import { useEffect, useState } from 'react';
import type * as ExchangeViewCode from '../features/exchange/components/exchange-view.tsx';

type ExchangeViewModule = typeof ExchangeViewCode;

let loaded: ExchangeViewModule | undefined;
let loading: Promise<ExchangeViewModule> | undefined;

/** Starts loading the annotated view (and the knowledge base it brings) once; safe to call often. */
export function preloadExchangeView(): Promise<ExchangeViewModule> {
  loading ??= import('../features/exchange/components/exchange-view.tsx').then((m) => (loaded = m));
  return loading;
}

/**
 * The annotated view's component once its code is here, else `undefined` (and it is on its way).
 * Not React.lazy: a lazy component suspends on its first render even when its code is already
 * loaded, and React then holds the reveal for its 300 ms Suspense throttle.
 */
export function useExchangeView(): ExchangeViewModule['ExchangeView'] | undefined {
  const [view, setView] = useState(() => loaded?.ExchangeView);
  useEffect(() => {
    if (view) return;
    let live = true;
    void preloadExchangeView().then((m) => {
      if (live) setView(() => m.ExchangeView);
    });
    return () => {
      live = false;
    };
  }, [view]);
  return view;
}
