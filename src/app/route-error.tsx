import { Link, useRouteError } from 'react-router';
import { useI18n } from '../i18n/i18n';

/** Shown inside the layout when a route fails to render, so the nav and language stay usable. */
export function RouteError() {
  const { t } = useI18n();
  const error = useRouteError();
  console.warn('Route failed to render', error);
  return (
    <section className="panel-message panel-error" role="alert">
      <h1>{t('panelFailedTitle')}</h1>
      <p>{t('panelFailedText')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('reload')}
        </button>{' '}
        <Link className="button button-link" to="/">
          {t('backHome')}
        </Link>
      </p>
    </section>
  );
}
