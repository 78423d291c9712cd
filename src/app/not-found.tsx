import { Link } from 'react-router';
import { BilingualText } from '../components/ui/bilingual';
import { PageHeading, PageTitle } from '../components/ui/page-title';
import { useI18n } from '../i18n/i18n';
import { PAGE_NAMES } from '../i18n/messages';

export function NotFoundPage() {
  const { t, linkTo } = useI18n();
  return (
    <section className="section not-found">
      <PageTitle title={t('notFoundTitle')} />
      <PageHeading>
        <BilingualText text={PAGE_NAMES.notFound} />
      </PageHeading>
      <p>{t('notFoundText')}</p>
      <p>
        <Link className="button button-link" to={linkTo('/')}>
          {t('backHome')}
        </Link>
      </p>
    </section>
  );
}
