import { memo, useMemo, useRef } from 'react';
import type { Chart, Metric } from '../../api/schemas';
import { BarChartAtWidth, LazyHorizontalBarChart as HorizontalBarChart } from '../../components/charts/lazy-bar-chart';
import { ChartFigure, chartTitleId } from '../../components/charts/chart-figure';
import { chartColorToken } from '../../components/charts/chart-types';
import { BilingualText } from '../../components/ui/bilingual';
import { useMediaQuery } from '../../components/ui/use-media-query';
import { useI18n } from '../../i18n/i18n';
import { formatNumber } from '../../i18n/format';
import { ChartExport } from '../export';
import { exportCaption, exportTable, type ExportContextInfo } from './chart-export-meta';
import { ChartTable } from './chart-table';
import { chartParts, drawParts } from './chart-rows';
import { describeChart, metricsOfChart } from './describe';

interface ChartCardProps {
  chart: Chart;
  metrics: readonly Metric[];
  scope: string;
  exportInfo: ExportContextInfo;
}

/**
 * One chart of a work area: before/after pairs side by side, or counts of comparable scale. Memoised:
 * the page adds its chart cards a frame at a time, and the ones shown need not render again.
 */
export const ChartCard = memo(function ChartCard({ chart, metrics, scope, exportInfo }: ChartCardProps) {
  const { lang, t, pick } = useI18n();
  const figureId = `chart-${scope}-${chart.id}`;
  const narrow = useMediaQuery('(max-width: 480px)');
  const plotRef = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => metricsOfChart(chart, metrics), [chart, metrics]);
  // The same rows and series while the chart, its figures and the language are: a re-render of the
  // page then leaves the drawing as it is.
  const parts = useMemo(
    () => chartParts(chart, shown, lang, { before: t('before'), after: t('after') }),
    [chart, shown, lang, t],
  );
  const drawing = { formatTick: formatNumber, narrow, labelledBy: chartTitleId(figureId) };

  return (
    <ChartFigure
      id={figureId}
      title={<BilingualText text={chart.title} />}
      unit={`${t('unitPrefix')}${pick(chart.unit)}`}
      summary={describeChart(shown, lang)}
      plotRef={plotRef}
      plot={drawParts(parts, (rows, series) => (
        <HorizontalBarChart rows={rows} series={series} {...drawing} />
      ))}
      actions={
        <ChartExport
          scope={scope}
          chartId={chart.id}
          year={exportInfo.report.dataYear}
          title={pick(chart.title)}
          targetRef={plotRef}
          drawAt={(width) =>
            drawParts(parts, (rows, series) => (
              <BarChartAtWidth rows={rows} series={series} formatTick={formatNumber} width={width} />
            ))
          }
          caption={exportCaption(chart, exportInfo, lang, t)}
          // A chart of counts has one series, named by its unit: the image's unit line says it already.
          legend={parts.type === 'before-after' ? parts.series.map((item) => ({ label: item.label, token: chartColorToken(item.color) })) : []}
          table={exportTable(shown, lang, t)}
        />
      }
      table={<ChartTable chart={chart} metrics={shown} />}
    />
  );
});
