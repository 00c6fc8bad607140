import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REQUEST } from '../features/composer/default-request.ts';
import { useDraft } from '../features/composer/use-draft.ts';
import { readShareLink, withoutShare } from '../features/share/share-link.ts';
import { OPEN_REQUEST_EVENT } from '../lib/playground-bridge.ts';
import type { OpenRequestDetail } from '../lib/playground-bridge.ts';
import { navigate, useLocation } from '../lib/router.ts';
import { saveDraft } from '../lib/saved-drafts.ts';
import { useToken } from '../lib/token.ts';
import { DraftNotice } from './draft-notice.tsx';
import type { OpenedNotice } from './draft-notice.tsx';
import { Header } from './header.tsx';
import { Playground } from './playground.tsx';
import { usePresenter } from './presenter.ts';
import { routeFor } from './routes.tsx';
import type { AppRoute } from './routes.tsx';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { isTyping } from './shortcuts.ts';
import { useExchangeRunner } from './use-exchange-runner.ts';

/** The page: header, the current screen, the shortcut sheet. */
export function Shell() {
  const { t } = useTranslation();
  const url = useLocation();
  const route = routeFor(url.pathname);
  const token = useToken();
  const [presenter, setPresenter] = usePresenter();
  const [sheet, setSheet] = useState(false);
  const [draft, setDraft] = useDraft();
  const [notice, setNotice] = useState<OpenedNotice | null>(null);
  const runner = useExchangeRunner();
  const draftRef = useRef(draft);
  draftRef.current = draft;

  const openRequest = useCallback(
    (text: string, origin = 'link') => {
      const current = draftRef.current;
      const keep = current.trim() !== '' && current !== text && current !== DEFAULT_REQUEST;
      if (keep) saveDraft(current);
      setDraft(text);
      setNotice({ origin, previous: keep ? current : null });
      if (routeFor(window.location.pathname).id !== 'playground') navigate('/');
    },
    [setDraft],
  );

  // A share link: open its request once, then take it out of the address bar.
  // (On load, and when a link is pasted into this same tab: only the fragment changes then.)
  useEffect(() => {
    const openShared = () => {
      const here = new URL(window.location.href);
      const shared = readShareLink(here);
      if (!shared) return;
      openRequest(shared.request, 'share');
      navigate(withoutShare(here).toString(), { replace: true });
    };
    openShared();
    window.addEventListener('hashchange', openShared);
    return () => window.removeEventListener('hashchange', openShared);
  }, [openRequest]);

  useEffect(() => {
    const onOpen = (e: Event) => {
      const detail = (e as CustomEvent<OpenRequestDetail>).detail;
      if (detail) openRequest(detail.text, detail.origin);
    };
    window.addEventListener(OPEN_REQUEST_EVENT, onOpen);
    return () => window.removeEventListener(OPEN_REQUEST_EVENT, onOpen);
  }, [openRequest]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target) || document.querySelector('dialog[open]')) return;
      if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        setSheet(true);
      } else if (e.altKey && e.shiftKey && e.code === 'KeyP') {
        e.preventDefault();
        setPresenter(!document.documentElement.classList.contains('presenter'));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setPresenter]);

  useEffect(() => {
    document.title =
      route.id === 'playground' ? t('app.title') : `${t(route.nav?.label ?? 'app.title')} · Teapot`;
  }, [route, t]);

  const lesson = url.searchParams.get('lesson') ?? undefined;
  if (route.bare && route.render) {
    return (
      <Suspense
        fallback={
          <p className="p-4" role="status">
            {t('common.loading')}
          </p>
        }
      >
        {route.render({ url })}
      </Suspense>
    );
  }
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-teal-700 focus:px-3 focus:py-2 focus:text-white"
      >
        {t('app.skip')}
      </a>
      <Header
        route={route}
        presenter={presenter}
        onPresenter={setPresenter}
        onShortcuts={() => setSheet(true)}
      />
      {route.id === 'playground' && (
        <Playground
          runner={runner}
          draft={draft}
          setDraft={setDraft}
          token={token}
          lesson={lesson}
          onOpen={openRequest}
          notice={
            notice && (
              <DraftNotice
                notice={notice}
                onDismiss={() => setNotice(null)}
                onRestore={() => {
                  if (notice.previous !== null) setDraft(notice.previous);
                  setNotice(null);
                }}
              />
            )
          }
        />
      )}
      {route.render && (
        <RouteFrame route={route}>
          <Suspense
            fallback={
              <p className="p-4" role="status">
                {t('common.loading')}
              </p>
            }
          >
            {route.render({ url })}
          </Suspense>
        </RouteFrame>
      )}
      <ShortcutsDialog open={sheet} onClose={() => setSheet(false)} />
    </div>
  );
}

/** A screen's frame: the page's <main> landmark, unless the screen draws its own. */
function RouteFrame({ route, children }: { route: AppRoute; children: ReactNode }) {
  return route.ownsLandmarks ? (
    <div id="main" tabIndex={-1} className="flex min-h-0 flex-1 flex-col">
      {children}
    </div>
  ) : (
    <main id="main" tabIndex={-1} className="min-h-0 flex-1">
      {children}
    </main>
  );
}
