import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

/** Shown inside the layout when a page fails to render, so the nav and language stay usable. */
export function RouteError({ onRetry, codeMissing }: { onRetry: () => void; codeMissing: boolean }) {
  const { t, linkTo } = useI18n();
  return (
    <section className="panel-message panel-error" role="alert">
      <h1>{t('panelFailedTitle')}</h1>
      <p>{t(codeMissing ? 'codeMissingText' : 'panelFailedText')}</p>
      <p>
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>{' '}
        <Link className="button button-link" to={linkTo('/')}>
          {t('backHome')}
        </Link>
      </p>
    </section>
  );
}
