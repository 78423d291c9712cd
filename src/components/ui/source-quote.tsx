import type { Source } from '../../api/schemas';
import { useI18n } from '../../i18n/i18n';

/** The report's sentence behind a figure, shown on demand; a native disclosure, so keyboard and screen readers get it free. */
export function SourceQuote({ source }: { source: Source }) {
  const { t, pick } = useI18n();
  return (
    <details className="source">
      <summary>{t('sourceToggle')}</summary>
      <figure className="source-body">
        <figcaption>{t('sourceLabel')}</figcaption>
        <blockquote lang="zh-CN">{source.quote}</blockquote>
        {source.correction && (
          <p className="source-correction">
            <strong>{t('correctionLabel')}：</strong>
            {pick(source.correction)}
          </p>
        )}
      </figure>
    </details>
  );
}
