import type { Source } from '../../api/schemas';
import { useI18n } from '../../i18n/i18n';
import { Disclosure } from './disclosure';

/** The report's sentence behind a figure, shown on demand; `about` names the figure, for screen readers. */
export function SourceQuote({ source, about }: { source: Source; about: string }) {
  const { t, pick } = useI18n();
  return (
    <Disclosure className="source" label={t('sourceToggle')} labelContext={t('sourceToggleOf', { item: about })}>
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
    </Disclosure>
  );
}
