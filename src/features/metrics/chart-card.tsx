import { useRef } from 'react';
import type { Chart, Metric } from '../../api/schemas';
import { LazyHorizontalBarChart as HorizontalBarChart } from '../../components/charts/lazy-bar-chart';
import { ChartFigure, chartTitleId } from '../../components/charts/chart-figure';
import { chartColorToken } from '../../components/charts/chart-types';
import { BilingualText } from '../../components/ui/bilingual';
import { useMediaQuery } from '../../components/ui/use-media-query';
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../i18n/format';
import { ChartExport } from '../export';
import { exportCaption, exportTable, type ExportContextInfo } from './chart-export-meta';
import { ChartTable } from './chart-table';
import { countRows, countSeries, pairRows, pairSeries } from './chart-rows';
import { describeChart, metricsOfChart } from './describe';

interface ChartCardProps {
  chart: Chart;
  metrics: readonly Metric[];
  scope: string;
  exportInfo: ExportContextInfo;
}

/** One chart of a work area: before/after pairs side by side, or counts of comparable scale. */
export function ChartCard({ chart, metrics, scope, exportInfo }: ChartCardProps) {
  const { lang, t, pick } = useI18n();
  const narrow = useMediaQuery('(max-width: 480px)');
  const plotRef = useRef<HTMLDivElement>(null);
  const shown = metricsOfChart(chart, metrics);
  const names = { before: t('before'), after: t('after') };
  const series = chart.type === 'before-after' ? pairSeries(names) : countSeries(chart, lang);
  const figureId = `chart-${scope}-${chart.id}`;

  return (
    <ChartFigure
      id={figureId}
      title={<BilingualText text={chart.title} />}
      unit={`${t('unitPrefix')}${pick(chart.unit)}`}
      summary={describeChart(shown, lang)}
      plotRef={plotRef}
      plot={
        chart.type === 'before-after' ? (
          <HorizontalBarChart
            rows={pairRows(shown, lang, names)}
            series={pairSeries(names)}
            formatTick={formatNumber}
            narrow={narrow}
            labelledBy={chartTitleId(figureId)}
          />
        ) : (
          <HorizontalBarChart
            rows={countRows(shown, lang)}
            series={countSeries(chart, lang)}
            formatTick={formatNumber}
            narrow={narrow}
            labelledBy={chartTitleId(figureId)}
          />
        )
      }
      actions={
        <ChartExport
          scope={scope}
          chartId={chart.id}
          year={exportInfo.report.dataYear}
          title={pick(chart.title)}
          targetRef={plotRef}
          caption={exportCaption(chart, exportInfo, lang, t)}
          legend={series.map((item) => ({ label: item.label, token: chartColorToken(item.color) }))}
          table={exportTable(shown, lang, t)}
        />
      }
      table={<ChartTable chart={chart} metrics={shown} />}
    />
  );
}
