import { memo } from 'react';
import { Link } from 'react-router';
import { intentHandlers, usePrefetch } from '../../api/prefetch';
import { areaQueries } from '../../api/queries';
import type { AreaSummary } from '../../api/schemas';
import { getWorkArea } from '../../config/work-areas';
import { BilingualText } from '../../components/ui/bilingual';
import { useI18n } from '../../i18n/i18n';
import { MetricCard } from './metric-card';

/**
 * A work area on the overview: its headline figures and the way to its own page. Memoised: the
 * area filter re-renders the overview, and an area that stays has nothing new to draw.
 */
export const AreaSummaryCard = memo(function AreaSummaryCard({ area }: { area: AreaSummary }) {
  const { t, pick, linkTo } = useI18n();
  const prefetch = usePrefetch();
  const headingId = `overview-${area.id}`;
  return (
    <section className="section area-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <BilingualText text={area.name} />
      </h2>
      <p className="section-intro">{pick(area.summary)}</p>
      <div className="kpi-grid">
        {area.headline.map((metric) => (
          <MetricCard key={metric.id} metric={metric} />
        ))}
      </div>
      <p>
        <Link className="button button-link" to={linkTo(getWorkArea(area.id).path)} {...intentHandlers(() => prefetch(areaQueries.detail(area.id)))}>
          {t('areaDetails', { name: pick(area.name) })} →
        </Link>
      </p>
    </section>
  );
});
