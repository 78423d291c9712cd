import { Link } from 'react-router';
import { PageHeading, PageTitle } from '../components/ui/page-title';
import { useI18n } from '../i18n/i18n';

export function NotFoundPage() {
  const { t, linkTo } = useI18n();
  return (
    <section className="section not-found">
      <PageTitle title={t('notFoundTitle')} />
      <PageHeading>{t('notFoundTitle')}</PageHeading>
      <p>{t('notFoundText')}</p>
      <p>
        <Link className="button button-link" to={linkTo('/')}>
          {t('backHome')}
        </Link>
      </p>
    </section>
  );
}
