/**
 * The app's screens. Add a screen by adding an entry: `match` decides when it shows,
 * `nav` puts a link in the header, `render` draws it (lazy-load anything heavy).
 * The playground has no `render`: the shell draws it (its draft and exchange outlive a visit elsewhere).
 */
import { lazy } from 'react';
import type { ReactNode } from 'react';
import type { Exchange } from '../features/exchange/types.ts';
import type { RenderWorkbench } from '../features/lessons/types.ts';
import { Workbench } from './workbench.tsx';

export interface RouteContext {
  url: URL;
}

export interface AppRoute {
  id: string;
  match: (pathname: string) => boolean;
  /** A header link: where it goes and its i18n label key. */
  nav?: { href: string; label: string };
  /** Omitted for the playground, which the shell always renders. */
  render?: (ctx: RouteContext) => ReactNode;
  /** Shown alone, without the app's header (the /embed page for iframes). */
  bare?: boolean;
  /** The screen draws its own <main> and <h1> (otherwise the shell's <main> and the brand heading stand in). */
  ownsLandmarks?: boolean;
}

const ReferenceScreen = lazy(() => import('../features/reference/components/reference-screen.tsx'));
const LiveScreen = lazy(() =>
  Promise.all([
    import('../features/live/components/live-panel.tsx'),
    import('../features/exchange/components/exchange-view.tsx'),
  ]).then(([{ LivePanel }, { ExchangeView }]) => ({
    default: () => <LivePanel<Exchange> render={(e) => <ExchangeView exchange={e} level={3} />} />,
  })),
);
const CourseMap = lazy(() =>
  import('../features/lessons/components/course-map.tsx').then((m) => ({ default: m.CourseMap })),
);
const LessonPage = lazy(() =>
  import('../features/lessons/components/lesson-page.tsx').then((m) => ({ default: m.LessonPage })),
);
const LessonEmbed = lazy(() =>
  import('../features/lessons/components/lesson-embed.tsx').then((m) => ({ default: m.LessonEmbed })),
);
const SandboxedRequest = lazy(() =>
  import('../features/lessons/components/sandboxed-request.tsx').then((m) => ({
    default: m.SandboxedRequest,
  })),
);
const EmbedPage = lazy(() =>
  import('../features/embed/components/embed-page.tsx').then((m) => ({ default: m.EmbedPage })),
);

const renderWorkbench: RenderWorkbench = (props) => <Workbench {...props} />;

const lessonId = (pathname: string) => {
  try {
    return decodeURIComponent(pathname.split('/')[2] ?? '');
  } catch {
    return '';
  }
};

export const ROUTES: readonly AppRoute[] = [
  {
    id: 'playground',
    match: (p) => p === '/' || p === '/index.html',
    nav: { href: '/', label: 'nav.playground' },
  },
  {
    id: 'lessons',
    match: (p) => p === '/lessons' || p.startsWith('/lessons/'),
    nav: { href: '/lessons', label: 'nav.lessons' },
    ownsLandmarks: true,
    render: ({ url }) =>
      lessonId(url.pathname) ? (
        <LessonPage lessonId={lessonId(url.pathname)} renderWorkbench={renderWorkbench} />
      ) : (
        <CourseMap />
      ),
  },
  {
    id: 'reference',
    match: (p) => p === '/reference' || p.startsWith('/reference/'),
    nav: { href: '/reference', label: 'nav.reference' },
    render: () => <ReferenceScreen />,
  },
  {
    id: 'live',
    match: (p) => p === '/live',
    nav: { href: '/live', label: 'live.title' },
    render: () => <LiveScreen />,
  },
  {
    id: 'embed',
    match: (p) => p === '/embed' || p.startsWith('/embed/'),
    bare: true,
    render: () => (
      <EmbedPage
        renderLesson={(id) => <LessonEmbed lessonId={id} renderWorkbench={renderWorkbench} />}
        renderRequest={(request) => (
          <SandboxedRequest request={request} renderWorkbench={renderWorkbench} compact />
        )}
      />
    ),
  },
];

/** The route for a path; unknown paths show the playground. */
export function routeFor(pathname: string): AppRoute {
  return ROUTES.find((r) => r.match(pathname)) ?? (ROUTES[0] as AppRoute);
}
