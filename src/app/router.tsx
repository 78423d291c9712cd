import { Navigate, Route, Routes, useLocation, type Location } from 'react-router';
import { WORK_AREAS } from '../config/work-areas';
import { I18nProvider } from '../i18n/i18n';
import { AppLayout } from './layout';
import { preloadable } from './preloadable';
import { NotFoundPage } from './not-found';
import { usePreloadPages } from './prefetch';

// Each page loads with its route; the shell (header, nav, footer) renders without waiting for it.
const loadOverviewPage = () => import('../areas/overview-page');
const loadAreaPage = () => import('../areas/area-page');
const overview = preloadable(() => loadOverviewPage().then((module) => module.OverviewPage));
const area = preloadable(() => loadAreaPage().then((module) => module.AreaPage));
const OverviewPage = overview.Component;
const AreaPage = area.Component;
const loadPages = () => Promise.all([overview.preload(), area.preload()]);

/**
 * Loads the code of the page at `path` (the app's own path, its base removed), so that the first render
 * has it. A page that waits for its code shows its fallback, and React then holds the page back until
 * 300 ms after the fallback showed and commits it in a timer task of its own: on / at 4× CPU slowdown,
 * a task of 39–64 ms in most cold visits.
 */
export function preloadPageAt(path: string): Promise<unknown> {
  const route = path.replace(/\/+$/, '') || '/';
  if (route === '/' || route === '/index.html') return overview.preload();
  if (WORK_AREAS.some((workArea) => workArea.path === route)) return area.preload();
  return Promise.resolve();
}

/** `/index.html`, the file a bookmark or a server's default page may name: the overview, its query kept. */
function ToOverview() {
  const { search, hash } = useLocation();
  return <Navigate to={{ pathname: '/', search, hash }} replace />;
}

/** The page for a location: the overview, one route per work area (from WORK_AREAS), and not-found. */
function renderPage(location: Location) {
  return (
    <Routes location={location}>
      <Route index element={<OverviewPage />} />
      {/* Keyed by area: the areas share one component, and without a key a page's state (an open
          table, an export message, a failed panel) would carry over to the next area opened. */}
      {WORK_AREAS.map((area) => (
        <Route key={area.id} path={area.path} element={<AreaPage key={area.id} areaId={area.id} />} />
      ))}
      <Route path="index.html" element={<ToOverview />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** The app: the shell (header, nav, footer) and the page of the current route. */
export function AppRoutes() {
  usePreloadPages(loadPages);
  return (
    <I18nProvider>
      <AppLayout renderPage={renderPage} />
    </I18nProvider>
  );
}
