import { memo, useMemo, useRef } from 'react';
import type { Chart, Metric } from '../../api/schemas';
import { chartColorToken, type ChartRow, type ChartSeries } from '../../components/charts/chart-types';
import { BarChartAtWidth, LazyHorizontalBarChart as HorizontalBarChart } from '../../components/charts/lazy-bar-chart';
import { ChartFigure, chartTitleId } from '../../components/charts/chart-figure';
import { BilingualText } from '../../components/ui/bilingual';
import { useMediaQuery } from '../../components/ui/use-media-query';
import { useI18n } from '../../i18n/i18n';
import { formatPercent } from '../../i18n/format';
import { ChartExport } from '../export';
import { computeChange } from './change';
import { derivedMark } from './derived';
import { exportCaption, exportTable, type ExportContextInfo } from './chart-export-meta';
import { ChartTable } from './chart-table';
import { describeChart } from './describe';

const CHANGE_CHART: Omit<Chart, 'metricIds'> = {
  id: 'changes',
  title: { zh: '前后对比变化幅度（据报告数字计算）', en: 'Change from before to after, computed from the report\'s figures' },
  unit: { zh: '%', en: '%' },
  type: 'before-after',
};

/**
 * The percentage axis: the changes computed from the report's figures run from −58.3% to +25%. Constants,
 * so Recharts sees the same axis on every render.
 */
const CHANGE_DOMAIN: [number, number] = [-100, 50];
const CHANGE_TICKS = [-100, -50, 0, 50];
const FIGURE_ID = 'chart-overview-changes';

/**
 * The computed change of every before/after figure among the given metrics, on one percentage axis.
 * Memoised: drawing it is the costliest render on the overview, and only new metrics redraw it.
 */
export const ChangeChart = memo(function ChangeChart({ metrics, exportInfo }: { metrics: readonly Metric[]; exportInfo: ExportContextInfo }) {
  const { lang, t, pick } = useI18n();
  const plotRef = useRef<HTMLDivElement>(null);
  const narrow = useMediaQuery('(max-width: 480px)');
  const changeLabel = t('change');
  const series = useMemo<ChartSeries<'change'>[]>(() => [{ key: 'change', label: changeLabel, color: 'after' }], [changeLabel]);
  const rows: ChartRow<'change'>[] = metrics.flatMap((metric) => {
    const change = computeChange(metric.before, metric.after);
    if (!change) return [];
    const text = `${formatPercent(change.percent)}${derivedMark(metric, lang)}`;
    return [{ id: metric.id, label: metric.label[lang], change: change.percent, text: { change: text } }];
  });
  if (rows.length === 0) return null;
  const shown = metrics.filter((metric) => rows.some((row) => row.id === metric.id));
  const chart: Chart = { ...CHANGE_CHART, metricIds: rows.map((row) => row.id) };
  const bars = { rows, series, formatTick: formatPercent, domain: CHANGE_DOMAIN, ticks: CHANGE_TICKS };

  return (
    <ChartFigure
      id={FIGURE_ID}
      title={<BilingualText text={chart.title} />}
      unit={`${t('unitPrefix')}%`}
      summary={describeChart(shown, lang)}
      plotRef={plotRef}
      plot={<HorizontalBarChart {...bars} narrow={narrow} labelledBy={chartTitleId(FIGURE_ID)} />}
      actions={
        <ChartExport
          scope="overview"
          chartId={chart.id}
          year={exportInfo.report.dataYear}
          title={pick(chart.title)}
          targetRef={plotRef}
          drawAt={(width) => <BarChartAtWidth {...bars} width={width} />}
          caption={exportCaption(chart, exportInfo, lang, t)}
          legend={series.map((item) => ({ label: item.label, token: chartColorToken(item.color) }))}
          table={exportTable(shown, lang, t)}
        />
      }
      table={<ChartTable chart={chart} metrics={shown} />}
    />
  );
});
