import { Link } from 'react-router';
import { PageTitle } from '../components/ui/page-title';
import { useI18n } from '../i18n/i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="section not-found">
      <PageTitle title={t('notFoundTitle')} />
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <p>
        <Link className="button button-link" to="/">
          {t('backHome')}
        </Link>
      </p>
    </section>
  );
}
