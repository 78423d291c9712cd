import { Suspense, useMemo } from 'react';
import { NavLink } from 'react-router';
import { intentHandlers, usePrefetch } from '../api/prefetch';
import { areaQueries } from '../api/queries';
import { Skeleton } from '../components/ui/skeleton';
import { WORK_AREAS } from '../config/work-areas';
import { useI18n } from '../i18n/i18n';
import { otherLang } from '../i18n/lang';
import { useDisplaySettings } from './display-settings';
import { PageSwitch, type RenderPage } from './page-switch';
import { RouteError } from './route-error';

/**
 * The page of the current route, and the nav's other pages kept ready beside it (PageSwitch). The one
 * part of the layout that reads the location: a filter or route change then re-renders it and the nav
 * links, not the header, the footer and the rest.
 */
function PageOutlet({ render }: { render: RenderPage }) {
  const { t, lang, linkTo } = useI18n();
  const prepare = useMemo(() => NAV_PATHS.map(linkTo), [linkTo]);
  return (
    // Not remounted on navigation: the old page stays until the next one is ready, with no flash of a skeleton.
    <Suspense fallback={<Skeleton label={t('loading')} lines={6} />}>
      <PageSwitch
        render={render}
        renderError={(retry, codeMissing) => <RouteError onRetry={retry} codeMissing={codeMissing} />}
        prepare={prepare}
        version={lang}
      />
    </Suspense>
  );
}

/** The nav's pages: the overview, then the work areas. */
const NAV_PATHS = ['/', ...WORK_AREAS.map((area) => area.path)];

export function AppLayout({ renderPage }: { renderPage: RenderPage }) {
  const { lang, setLang, t, pick, linkTo } = useI18n();
  const { theme, elder, toggleTheme, toggleElder } = useDisplaySettings();
  // A route's data starts loading as soon as its link is pointed at, focused or touched.
  const prefetch = usePrefetch();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="app-header">
        <div className="app-brand">
          <p className="app-title">{t('appTitle')}</p>
          <p className="app-subtitle">{t('appSubtitle')}</p>
        </div>
        <div className="app-tools">
          <button type="button" className="button button-quiet" aria-pressed={elder} onClick={toggleElder}>
            {t('elderMode')}
          </button>
          <button type="button" className="button button-quiet" aria-pressed={theme === 'dark'} onClick={toggleTheme}>
            {t('darkMode')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            lang={otherLang(lang) === 'zh' ? 'zh-CN' : 'en'}
            aria-label={t('switchLanguageLabel')}
            onClick={() => setLang(otherLang(lang))}
          >
            {t('switchLanguage')}
          </button>
        </div>
      </header>
      <nav className="app-nav" aria-label={t('navLabel')}>
        <ul>
          <li>
            <NavLink to={linkTo('/')} end {...intentHandlers(() => prefetch(areaQueries.list()))}>
              {t('navOverview')}
            </NavLink>
          </li>
          {WORK_AREAS.map((area) => (
            <li key={area.id}>
              <NavLink to={linkTo(area.path)} {...intentHandlers(() => prefetch(areaQueries.detail(area.id)))}>
                {pick(area.name)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        <p className="report-lead">{t('reportLead')}</p>
        <PageOutlet render={renderPage} />
      </main>
      <footer className="app-footer">
        <p>{t('footerSource')}</p>
        <p>{t('footerNote')}</p>
      </footer>
    </div>
  );
}
