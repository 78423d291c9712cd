import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { usePageState } from './page-state';

/**
 * Sets the document title (React hoists <title> into <head>). A page out of sight (src/app/page-switch.tsx)
 * has none: shown, it takes its title.
 */
export function PageTitle({ title }: { title: string }) {
  const { t } = useI18n();
  return usePageState() === 'shown' ? <title>{`${title} · ${t('appTitle')}`}</title> : null;
}

/**
 * The page each app's main region last showed. Kept per region, not per module: a region is the app
 * for as long as it is on the page (the layout is not remounted on navigation), and a new one is a new
 * app, whose first page is a first load.
 */
const shownPaths = new WeakMap<Element, string>();

/**
 * The page's <h1>. After a route change it takes the focus: the link that led here is gone or stale,
 * and a screen reader then reads the new page's name. A first load leaves the focus to the browser.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  // A page out of sight stays mounted (src/app/page-switch.tsx): opened, it is shown with the same
  // heading, which takes the focus as a new one would.
  const hidden = usePageState() !== 'shown';
  useEffect(() => {
    if (hidden) return;
    const heading = ref.current;
    const region = heading?.closest('main');
    if (!heading || !region) return;
    const shown = shownPaths.get(region);
    shownPaths.set(region, pathname);
    // Only a new path: the area filter and the language change the URL's query on the same page.
    if (shown !== undefined && shown !== pathname) heading.focus();
  }, [pathname, hidden]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
