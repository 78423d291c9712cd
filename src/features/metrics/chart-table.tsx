import type { Chart, Metric } from '../../api/schemas';
import { Disclosure } from '../../components/ui/disclosure';
import { useI18n } from '../../i18n/i18n';
import { formatExact, formatPercent } from '../../i18n/format';
import { computeChange } from './change';
import { derivedMark } from './derived';

/** The chart's figures as a table: the alternative for screen readers and for anyone who prefers numbers. */
export function ChartTable({ chart, metrics }: { chart: Chart; metrics: readonly Metric[] }) {
  const { lang, t, pick } = useI18n();
  const paired = chart.type === 'before-after';
  return (
    <Disclosure className="chart-table" label={t('chartTableToggle')}>
      <table>
        <caption>
          {pick(chart.title)} · {t('chartTable')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('tableLabel')}</th>
            {paired && <th scope="col">{t('before')}</th>}
            <th scope="col">{paired ? t('after') : t('tableValue')}</th>
            {paired && <th scope="col">{t('change')}</th>}
            <th scope="col">{t('tableUnit')}</th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((metric) => {
            const change = computeChange(metric.before, metric.after);
            return (
              <tr key={metric.id}>
                <th scope="row">{pick(metric.label)}</th>
                {paired && <td>{metric.before === null ? '—' : `${formatExact(metric.before, false)}${derivedMark(metric, lang)}`}</td>}
                <td>{formatExact(metric.after, metric.lowerBound)}</td>
                {paired && <td>{change ? `${formatPercent(change.percent)}${derivedMark(metric, lang)}` : '—'}</td>}
                <td>{pick(metric.unit)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Disclosure>
  );
}
