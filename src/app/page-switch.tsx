import { memo, useEffect, useState, type ReactNode } from 'react';
import { useLocation, type Location } from 'react-router';
import { PageLeaving, releaseCharts } from '../components/charts/chart-release';

/** Renders the page for a location: the app's routes (src/app/router.tsx). */
export type RenderPage = (location: Location) => ReactNode;

/** One page, rendered again only for a new location: hiding the page left behind does not render it. */
const Page = memo(function Page({ location, render }: { location: Location; render: RenderPage }) {
  return render(location);
});

/**
 * The page for the current location. On a route change the page left behind stays mounted, hidden,
 * until the new page's first frame is on screen, and is taken down after that frame, once its charts
 * are (releaseCharts, which lets the new page show and draw first). A page left while an earlier one
 * is still on its way out joins it, so neither is taken down in one go with the next page's commit.
 *
 * Taking a page down is not free: each drawn chart unregisters every layer from its store as it goes,
 * 30–50 ms at 4× CPU slowdown for the overview's two drawings, and more for an area page's six.
 * Done in the commit that shows the new page, it held that page's first frame back; now the click
 * shows the new page first, and the old page's charts are taken down one per task (PageLeaving,
 * releaseCharts) before the rest of it.
 *
 * Each page is rendered for its own location, so the hidden one sees no change and does nothing
 * (no new filter, no focus taken) while it waits. The shown page comes first in the document; its
 * <title> too, which React puts before the one already in <head>.
 */
export function PageSwitch({ render }: { render: RenderPage }) {
  const location = useLocation();
  const [shown, setShown] = useState(location);
  const [leaving, setLeaving] = useState<readonly Location[]>([]);
  if (location !== shown) {
    // The query changes on the same page (the filter, the language); a new path is a new page. Pages
    // left before and not yet taken down stay too, unless the new page is one of them.
    if (location.pathname !== shown.pathname) setLeaving([shown, ...leaving.filter((page) => page.pathname !== location.pathname)]);
    setShown(location);
  }

  useEffect(() => {
    if (leaving.length === 0) return;
    let task: ReturnType<typeof setTimeout> | undefined;
    let current = true;
    // A frame callback runs as the frame showing the new page is made; a task posted from it runs after.
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => {
        void releaseCharts().then(() => {
          if (current) setLeaving([]);
        });
      });
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [leaving]);

  const pages = [shown, ...leaving];
  return pages.map((page) => (
    <div key={page.pathname} hidden={page !== shown}>
      <PageLeaving value={page !== shown}>
        <Page location={page} render={render} />
      </PageLeaving>
    </div>
  ));
}
