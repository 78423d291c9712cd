import { useI18n } from '../../i18n/i18n';

/** Sets the document title (React hoists <title> into <head>). */
export function PageTitle({ title }: { title: string }) {
  const { t } = useI18n();
  return <title>{`${title} · ${t('appTitle')}`}</title>;
}
