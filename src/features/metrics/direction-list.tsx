import type { Direction } from '../../api/schemas';
import { BilingualText } from '../../components/ui/bilingual';
import { SourceQuote } from '../../components/ui/source-quote';
import { useI18n } from '../../i18n/i18n';

/** Changes the report names without a number: each shown as a direction, never as a figure. */
export function DirectionList({ directions }: { directions: readonly Direction[] }) {
  const { t } = useI18n();
  const first = directions[0];
  if (!first) return null;
  return (
    <section className="section" aria-labelledby="directions-heading">
      <h2 id="directions-heading">{t('directionsHeading')}</h2>
      <p className="section-intro">{t('directionsIntro')}</p>
      <ul className="directions">
        {directions.map((direction) => (
          <li key={direction.id} className={`direction direction-${direction.direction}`}>
            <span className="direction-arrow" aria-hidden="true">
              {direction.direction === 'down' ? '↓' : '↑'}
            </span>
            <span className="direction-label">
              <BilingualText text={direction.label} />
            </span>
            <span className="direction-word">{direction.direction === 'down' ? t('directionDown') : t('directionUp')}</span>
          </li>
        ))}
      </ul>
      <SourceQuote source={first.source} about={t('directionsHeading')} />
    </section>
  );
}
