import { memo } from 'react';
import type { Metric } from '../../api/schemas';
import { BilingualText } from '../../components/ui/bilingual';
import { SourceQuote } from '../../components/ui/source-quote';
import { useI18n } from '../../i18n/i18n';
import { formatExact, formatFigure, formatPercent } from '../../i18n/format';
import { computeChange } from './change';
import { derivedMark } from './derived';

/**
 * One figure of the report: its value as the report gives it, the change where there is a before, and
 * its source. Memoised: a page shown in frames renders again at each, and the cards shown stay as they are.
 */
export const MetricCard = memo(function MetricCard({ metric }: { metric: Metric }) {
  const { lang, t, pick } = useI18n();
  const unit = pick(metric.unit);
  const figure = formatFigure(metric, lang);
  const exact = formatExact(metric.after, metric.lowerBound);
  const change = computeChange(metric.before, metric.after);
  const headingId = `metric-${metric.area}-${metric.id}`;

  return (
    <article className="kpi" aria-labelledby={headingId}>
      <h3 id={headingId} className="kpi-label">
        <BilingualText text={metric.label} />
      </h3>
      <p className="kpi-value">
        <data value={metric.after}>{figure}</data> <span className="kpi-unit">{unit}</span>
      </p>
      {figure !== exact && (
        <p className="kpi-exact">
          ({exact} {unit})
        </p>
      )}
      {metric.before !== null && !metric.isNew && (
        <p className="kpi-pair">
          {`${t('before')} ${formatExact(metric.before, false)}${derivedMark(metric, lang)} → ${t('after')} ${exact} ${unit}`}
        </p>
      )}
      {change && (
        <p className={`change change-${change.direction}`}>
          <span aria-hidden="true">{change.direction === 'down' ? '▼' : '▲'} </span>
          {t('change')} {formatPercent(change.percent)}
          {derivedMark(metric, lang)}
        </p>
      )}
      {metric.isNew && <p className="badge">{t('newlyBuilt')}</p>}
      {metric.lowerBound && <p className="kpi-note">{t('lowerBoundNote')}</p>}
      {metric.kind === 'derived' && (
        <p className="kpi-note">
          <span className="badge">{t('derivedBadge')}</span> {metric.note && pick(metric.note)}
        </p>
      )}
      <SourceQuote source={metric.source} about={pick(metric.label)} />
    </article>
  );
});
