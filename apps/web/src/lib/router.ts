/**
 * A tiny client-side router: the current URL as React state, and `navigate`.
 * The server answers every non-API path with the SPA shell, so deep links work.
 */
import { useSyncExternalStore } from 'react';

const CHANGE = 'teapot:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE, listener);
  };
}

const snapshot = () => window.location.href;

/** The current URL; components re-render when it changes. */
export function useLocation(): URL {
  const href = useSyncExternalStore(subscribe, snapshot, snapshot);
  return new URL(href);
}

/** Goes to a path in the app (pushes history unless `replace`). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(to, window.location.href);
  if (url.href === window.location.href) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
  if (!options.replace && !url.hash) window.scrollTo({ top: 0 });
}
