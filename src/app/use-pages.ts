import { startTransition, useDeferredValue, useEffect, useState } from 'react';
import type { Location } from 'react-router';
import { releaseCharts } from '../components/charts/chart-release';
import { noChartDrawing } from '../components/charts/chart-visibility';
import { allShown } from '../components/ui/coming';
import type { PageState } from '../components/ui/page-state';
import { longIdle } from '../components/ui/when-idle';
import { delay } from '../next-task';

/** A page the nav links to, as its link gives it. */
export interface PageLink {
  pathname: string;
  search: string;
}

interface Pages {
  shown: Location;
  /** Out of sight with their first screen drawn, in the order they came. */
  ready: readonly Location[];
  /** On their way out: taken down once their charts are (releaseCharts). */
  leaving: readonly Location[];
  /**
   * The page the last route change left, kept: hidden with its rendering kept (`resting`) until the
   * browser is idle after the change, then laid out as ready. Laid out as ready in the frame that shows
   * the next page, its move out of the flow took about 40 ms of that frame at 4× CPU slowdown.
   */
  resting?: string;
  /** The language the ready pages were drawn in: they go when it changes. */
  version: string;
}

/**
 * Pages are kept and prepared only where the browser says when it is idle (requestIdleCallback; jsdom
 * and older Safari have none): preparing is work done while the reader reads, so it starts only in
 * idle moments. Elsewhere a page left is taken down, and the next one drawn when it is opened.
 */
const canPrepare = () => typeof requestIdleCallback === 'function';

/**
 * How long the first page to be prepared waits after the page shown has shown all it has: loading and
 * first reading it are the reader's time. Prepared at once, the pages' tasks fell within the load that
 * Lighthouse times: mobile TBT rose from 0–17 ms to 37–181 ms.
 */
const FIRST_PREPARE_DELAY_MS = 2_000;

const without = (pages: readonly Location[], pathname: string) => pages.filter((page) => page.pathname !== pathname);
const has = (pages: readonly Location[], pathname: string) => pages.some((page) => page.pathname === pathname);

/** The pages after the router moved to `location`: a page of the nav left behind is kept ready. */
function moveTo(pages: Pages, location: Location, prepare: readonly PageLink[]): Pages {
  const { shown, ready, leaving } = pages;
  if (location.pathname === shown.pathname) return { ...pages, shown: location };
  const keep = canPrepare() && prepare.some((link) => link.pathname === shown.pathname);
  return {
    ...pages,
    shown: location,
    resting: keep ? shown.pathname : undefined,
    ready: keep ? [...without(ready, location.pathname), shown] : without(ready, location.pathname),
    leaving: keep ? without(leaving, location.pathname) : [shown, ...without(leaving, location.pathname)],
  };
}

/** The next page of the nav to prepare: one not mounted yet. */
function nextToPrepare({ shown, ready, leaving }: Pages, prepare: readonly PageLink[]): PageLink | undefined {
  return prepare.find((link) => link.pathname !== shown.pathname && !has(ready, link.pathname) && !has(leaving, link.pathname));
}

/**
 * Whether `location` opens a page prepared out of sight. It is shown in the commit of the click (or key
 * press, or Back) that asks for it: it is there already. Rendered in a later task, as a transition, the
 * browser first drew a frame with nothing new in it (the bench's next paint after the click: 32–48 ms
 * at 4× CPU slowdown). Any other location (a page not prepared, a new filter on the page shown) is
 * rendered in the background (useDeferredValue), the page shown staying until the next is ready.
 */
function opensPrepared({ shown, ready }: Pages, location: Location): boolean {
  return location.pathname !== shown.pathname && has(ready, location.pathname);
}

/**
 * How a mounted page is drawn:
 * - `shown`: in the page's flow, seen;
 * - `ready`: laid out out of sight, its first screen drawn (`.page-ready`);
 * - `resting`: hidden, its rendering kept as it was (`.page-resting`): the page a route change has just
 *   left, until it is `ready`;
 * - `hidden`: hidden, with no box: a page on its way out.
 */
export type PageLook = 'shown' | 'ready' | 'resting' | 'hidden';

/** A page mounted, where it stands, and how it is drawn. */
export interface MountedPage {
  page: Location;
  state: PageState;
  look: PageLook;
}

function linkLocation({ pathname, search }: PageLink): Location {
  return { pathname, search, hash: '', state: null, key: 'default' };
}

/**
 * The pages mounted for `location`, each with where it stands: the one shown; the nav's other pages
 * (`prepare`), ready out of sight; and pages on their way out. In the page order of `prepare`, then the
 * rest, so a route change moves no page in the document. A prepared page is shown in the commit that
 * asks for it; any other location is taken up in the background (opensPrepared).
 *
 * Once the page shown shows all it has (allShown), no chart is drawing, and the browser is idle with no
 * frame due (and, before the first, two seconds more), the next page of the nav is prepared, in a
 * transition: drawn out of sight, its charts one at a time like any page's. Then the next, until all
 * are. A page left keeps what it has drawn. A language switch sends the ready pages away (`version`):
 * drawn again for it, they would hold the switch up.
 */
export function usePages(location: Location, prepare: readonly PageLink[], version: string): MountedPage[] {
  const [pages, setPages] = useState<Pages>(() => ({ shown: location, ready: [], leaving: [], version }));
  // Once shown, a location stays so while the deferred value catches up with it.
  const deferred = useDeferredValue(location);
  const target = location === pages.shown || opensPrepared(pages, location) ? location : deferred;
  let current = pages;
  if (version !== current.version) current = { ...current, ready: [], leaving: [...current.leaving, ...current.ready], resting: undefined, version };
  if (target !== current.shown) current = moveTo(current, target, prepare);
  if (current !== pages) setPages(current);

  useEffect(() => {
    const next = canPrepare() ? nextToPrepare(pages, prepare) : undefined;
    if (!next) return undefined;
    let wanted = true;
    const first = pages.ready.length === 0;
    void allShown()
      .then(noChartDrawing)
      .then(() => (first ? delay(FIRST_PREPARE_DELAY_MS).then(allShown).then(noChartDrawing) : undefined))
      .then(longIdle)
      .then(() => {
        if (wanted) startTransition(() => setPages((now) => (nextToPrepare(now, [next]) ? { ...now, ready: [...now.ready, linkLocation(next)] } : now)));
      });
    return () => {
      wanted = false;
    };
  }, [pages, prepare]);

  const { resting, leaving } = pages;
  useEffect(() => {
    if (resting === undefined) return undefined;
    let wanted = true;
    void longIdle().then(() => {
      if (wanted) setPages((now) => (now.resting === resting ? { ...now, resting: undefined } : now));
    });
    return () => {
      wanted = false;
    };
  }, [resting]);

  useEffect(() => {
    if (leaving.length === 0) return undefined;
    let task: ReturnType<typeof setTimeout> | undefined;
    let wanted = true;
    // A frame callback runs as the frame showing the new page is made; a task posted from it runs after.
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => {
        void releaseCharts().then(() => {
          if (wanted) setPages((now) => ({ ...now, leaving: [] }));
        });
      });
    });
    return () => {
      wanted = false;
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [leaving]);

  // The page shown is set last: whatever the lists hold, the page of the current route is shown.
  const states = new Map<string, MountedPage>();
  for (const page of current.leaving) states.set(page.pathname, { page, state: 'leaving', look: 'hidden' });
  for (const page of current.ready) states.set(page.pathname, { page, state: 'ready', look: page.pathname === current.resting ? 'resting' : 'ready' });
  states.set(current.shown.pathname, { page: current.shown, state: 'shown', look: 'shown' });
  const order = new Set([...prepare.map((link) => link.pathname), ...states.keys()]);
  return [...order].flatMap((pathname) => states.get(pathname) ?? []);
}
