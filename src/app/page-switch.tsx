import { memo, useMemo, type ReactNode } from 'react';
import { NavigationType, UNSAFE_LocationContext as LocationContext, useLocation, type Location } from 'react-router';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { PageStateContext } from '../components/ui/page-state';
import { HoldI18n } from '../i18n/i18n';
import { usePages, type PageLink, type PageLook } from './use-pages';

/** Renders the page for a location: the app's routes (src/app/router.tsx). */
export type RenderPage = (location: Location) => ReactNode;

/** What a page that failed to render shows: `retry` renders it again, or reloads where its code is missing. */
export type RenderPageError = (retry: () => void, codeMissing: boolean) => ReactNode;

/** The classes of each look (usePages): a resting page keeps the ready page's box. */
const LOOK_CLASS: Record<PageLook, string | undefined> = {
  shown: undefined,
  ready: 'page-ready',
  resting: 'page-ready page-resting',
  hidden: undefined,
};

const samePage = (a: Location, b: Location) => a.pathname === b.pathname && a.search === b.search && a.hash === b.hash;

/**
 * One page, rendered again only for a new address: showing or hiding it does not render it, nor does
 * the router's own record of a visit (its key and state), which a prepared page opened by its link has anew.
 *
 * Its location is provided to it as the router provides the current one (react-router's location
 * context, exported for this as UNSAFE_LocationContext). Its <Routes> then reads this one, which changes
 * with the page's own address only. It read the router's: every URL change (a filter, a route) rendered
 * every mounted page's routes again, each giving its page a new location, and React searched each page
 * through for readers of it (3–8 ms per page out of sight at 4× CPU slowdown, in React's profiler).
 */
const Page = memo(
  function Page({ location, render }: { location: Location; render: RenderPage }) {
    const own = useMemo(() => ({ location, navigationType: NavigationType.Pop }), [location]);
    return <LocationContext value={own}>{render(location)}</LocationContext>;
  },
  (before, after) => before.render === after.render && samePage(before.location, after.location),
);

interface PageSwitchProps {
  render: RenderPage;
  renderError: RenderPageError;
  /** The nav's pages: kept ready out of sight once left, and prepared in the background (usePages). */
  prepare: readonly PageLink[];
  /** The language: ready pages drawn in another go. */
  version: string;
}

/**
 * The page for the current location, and the pages kept beside it (usePages). A page out of sight:
 * - `ready`: laid out at the page's width in a box fixed to the screen, its first screen and a half
 *   in it, so its charts near the top draw as they would when it is opened; invisible (visibility:
 *   hidden, out of the accessibility tree and the tab order), untouchable (pointer-events), and kept
 *   in the language it was drawn in (HoldI18n). Opening it only shows it: its charts are already drawn.
 *   Not `inert`: setting it on a whole page, and taking it off, restyled every element in it, about
 *   40 ms of a route change at 4× CPU slowdown.
 *   The page a route change leaves rests until the browser is idle after it (hidden, its rendering
 *   kept as it was: content-visibility: hidden, see .page-resting), then is laid out so.
 * - `leaving`: hidden until its charts are taken down (releaseCharts), then unmounted.
 *
 * Each page is rendered for its own location, so one out of sight sees no change (no new filter, no
 * focus taken). Each has its own error boundary: a page that fails out of sight shows nothing and
 * leaves the page shown alone; opened, it is rendered again, and shows its error if it fails again.
 */
export function PageSwitch({ render, renderError, prepare, version }: PageSwitchProps) {
  const location = useLocation();
  return usePages(location, prepare, version).map(({ page, state, look }) => (
    <div
      key={page.pathname}
      hidden={look === 'resting' || look === 'hidden'}
      className={LOOK_CLASS[look]}
      aria-hidden={state === 'ready' ? true : undefined}
    >
      <PageStateContext value={state}>
        <HoldI18n held={state !== 'shown'}>
          <ErrorBoundary resetKey={state} fallback={(retry, codeMissing) => (state === 'shown' ? renderError(retry, codeMissing) : null)}>
            <Page location={page} render={render} />
          </ErrorBoundary>
        </HoldI18n>
      </PageStateContext>
    </div>
  ));
}
