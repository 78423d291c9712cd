import type { Chart, Metric, Text } from '../../api/schemas';
import { Disclosure } from '../../components/ui/disclosure';
import { usePrinting } from '../../components/ui/use-printing';
import { useI18n } from '../../i18n/i18n';
import { formatExact, formatPercent } from '../../i18n/format';
import { computeChange } from './change';
import { derivedMark } from './derived';

interface ChartTableProps {
  chart: Chart;
  metrics: readonly Metric[];
  /** Each figure's work area, for a chart of several areas' figures: the rows come under their area's name. */
  areaOf?: ReadonlyMap<string, Text>;
}

/** The figures in groups of one area each, in the order they come; one unnamed group without `areaOf`. */
function groupByArea(metrics: readonly Metric[], areaOf: ReadonlyMap<string, Text> | undefined) {
  const groups = new Map<Text | undefined, Metric[]>();
  for (const metric of metrics) {
    const area = areaOf?.get(metric.id);
    groups.set(area, [...(groups.get(area) ?? []), metric]);
  }
  return [...groups];
}

/**
 * The chart's figures as a table: the alternative for screen readers and for anyone who prefers numbers.
 * While the page is printed it is also built outside its disclosure: the print style shows that copy
 * where the chart has not been drawn yet (src/styles/print.css), so the paper has the figures either way.
 */
export function ChartTable({ chart, metrics, areaOf }: ChartTableProps) {
  const { t } = useI18n();
  const printing = usePrinting();
  const table = <FiguresTable chart={chart} metrics={metrics} areaOf={areaOf} />;
  return (
    <>
      <Disclosure className="chart-table" label={t('chartTableToggle')}>
        {table}
      </Disclosure>
      {printing && <div className="chart-table-print">{table}</div>}
    </>
  );
}

function FiguresTable({ chart, metrics, areaOf }: ChartTableProps) {
  const { lang, t, pick } = useI18n();
  const paired = chart.type === 'before-after';
  const columns = paired ? 5 : 3;
  return (
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
      {groupByArea(metrics, areaOf).map(([area, rows]) => (
        <tbody key={area?.zh ?? ''}>
          {area && (
            <tr>
              <th scope="rowgroup" colSpan={columns} className="chart-table-group">
                {pick(area)}
              </th>
            </tr>
          )}
          {rows.map((metric) => {
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
      ))}
    </table>
  );
}
