import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { AreaSummary, Chart, Metric } from '../../api/schemas';
import { chartColorToken, type ChartRow, type ChartSeries } from '../../components/charts/chart-types';
import { useNearViewport } from '../../components/charts/chart-visibility';
import { BarChartAtWidth, ChartWhenDue } from '../../components/charts/lazy-bar-chart';
import { ChartFigure, chartTitleId } from '../../components/charts/chart-figure';
import { useElementWidth } from '../../components/charts/use-element-width';
import type { ValueAxis } from '../../components/charts/value-axis';
import { BilingualText } from '../../components/ui/bilingual';
import { useMediaQuery } from '../../components/ui/use-media-query';
import { useI18n } from '../../i18n/i18n';
import { formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { ChartExport, ExportProvider, ExportToolbar } from '../export';
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
 * so Recharts sees the same axis on every render, and every area's drawing has the same one.
 */
const CHANGE_AXIS: ValueAxis = { domain: [-100, 50], ticks: [-100, -50, 0, 50] };
const FIGURE_ID = 'chart-overview-changes';

/** A row per figure with a before and an after: its change in percent, written as the chart shows it. */
function changeRows(metrics: readonly Metric[], lang: Lang): ChartRow<'change'>[] {
  return metrics.flatMap((metric) => {
    const change = computeChange(metric.before, metric.after);
    if (!change) return [];
    const text = `${formatPercent(change.percent)}${derivedMark(metric, lang)}`;
    return [{ id: metric.id, label: metric.label[lang], change: change.percent, text: { change: text } }];
  });
}

interface ChangeChartProps {
  /** Every work area with its headline figures: each area's part of the drawing is drawn once. */
  areas: readonly AreaSummary[];
  /** The areas the filter shows. The others' parts stay drawn and hidden, so a filter change draws nothing. */
  shown: readonly AreaSummary[];
  exportInfo: ExportContextInfo;
}

/**
 * The computed change of every before/after figure among the shown areas' headline figures: a drawing
 * per area, stacked on one percentage axis, under the area's name. Drawing is the costliest render on
 * the overview, so it happens once per area and language (a new language draws the hidden parts too):
 * the filter only hides and shows the parts. Shown areas with no change to show leave the figure on the
 * page, hidden, with a sentence that says so, so that ticking another area draws nothing either. The
 * export toolbar (export all) is there while the figure is.
 */
export const ChangeChart = memo(function ChangeChart({ areas, shown, exportInfo }: ChangeChartProps) {
  const { lang, t, pick } = useI18n();
  const plotRef = useRef<HTMLDivElement>(null);
  // Measured once for all the parts: a hidden part has no width or position of its own.
  const near = useNearViewport(plotRef);
  const width = useElementWidth(plotRef);
  const narrow = useMediaQuery('(max-width: 480px)');
  const changeLabel = t('change');
  // In the neutral blue: on the cards beside it red is a rise (▲) and green a fall (▼), so bars all in
  // red would read as rises, the plaques' and certificates' falls too.
  const series = useMemo<ChartSeries<'change'>[]>(() => [{ key: 'change', label: changeLabel, color: 'count' }], [changeLabel]);
  const groups = useMemo(
    () => areas.map((area) => ({ area, rows: changeRows(area.headline, lang) })).filter((group) => group.rows.length > 0),
    [areas, lang],
  );
  // Parts the filter hides at load take their turn to draw after the shown ones have asked for theirs.
  const [hiddenDue, setHiddenDue] = useState(false);
  const measured = near && width !== undefined;
  useEffect(() => {
    if (!measured || hiddenDue) return undefined;
    const timer = setTimeout(() => setHiddenDue(true));
    return () => clearTimeout(timer);
  }, [measured, hiddenDue]);
  const dueFirst = hiddenDue ? null : shown.map((area) => area.id).join();
  // The table and the CSV name each figure's area, as the drawing does above its part.
  const areaOf = useMemo(() => new Map(areas.flatMap((area) => area.headline.map((metric) => [metric.id, area.name] as const))), [areas]);
  // The parts' elements stay the same objects while nothing they draw changes: React skips them on a filter change.
  const drawings = useMemo(() => {
    const everyRow = groups.flatMap((group) => group.rows);
    return groups.map(({ area, rows }) => {
      const nameId = `${FIGURE_ID}-${area.id}`;
      return {
        area,
        nameId,
        drawing: (
          <ChartWhenDue
            rows={rows}
            sizedFor={everyRow}
            series={series}
            formatTick={formatPercent}
            axis={CHANGE_AXIS}
            narrow={narrow}
            labelledBy={`${nameId} ${chartTitleId(FIGURE_ID)}`}
            due={near && (dueFirst === null || dueFirst.split(',').includes(area.id))}
            width={width}
          />
        ),
      };
    });
  }, [groups, series, narrow, near, width, dueFirst]);

  const shownIds = new Set(shown.map((area) => area.id));
  const shownGroups = groups.filter((group) => shownIds.has(group.area.id));
  const rows = shownGroups.flatMap((group) => group.rows);
  const metrics = shown.flatMap((area) => area.headline).filter((metric) => rows.some((row) => row.id === metric.id));
  const chart: Chart = { ...CHANGE_CHART, metricIds: rows.map((row) => row.id) };
  const bars = { series, formatTick: formatPercent, axis: CHANGE_AXIS };

  const figure = (
    <ChartFigure
      id={FIGURE_ID}
      title={<BilingualText text={chart.title} />}
      unit={`${t('unitPrefix')}%`}
      summary={describeChart(metrics, lang)}
      plotRef={plotRef}
      plot={drawings.map(({ area, nameId, drawing }) => (
        <div key={area.id} className="chart-part" hidden={!shownIds.has(area.id)}>
          <h4 id={nameId} className="chart-part-name">
            <BilingualText text={area.name} />
          </h4>
          {drawing}
        </div>
      ))}
      actions={
        rows.length > 0 && (
          <ChartExport
            scope="overview"
            chartId={chart.id}
            year={exportInfo.report.dataYear}
            title={pick(chart.title)}
            targetRef={plotRef}
            drawAt={(drawWidth) =>
              // A part per area under the area's name, as on screen (data-export-part: export-chart.ts).
              shownGroups.map(({ area, rows: partRows }) => (
                <div key={area.id} data-export-part={pick(area.name)}>
                  <BarChartAtWidth {...bars} rows={partRows} sizedFor={rows} width={drawWidth} />
                </div>
              ))
            }
            caption={exportCaption(chart, exportInfo, lang, t)}
            legend={series.map((item) => ({ label: item.label, token: chartColorToken(item.color) }))}
            table={exportTable(metrics, lang, t, areaOf)}
          />
        )
      }
      table={<ChartTable chart={chart} metrics={metrics} areaOf={areaOf} />}
    />
  );
  // No area's figures have a before: nothing to draw, whatever the filter.
  if (groups.length === 0) return <p className="section-intro">{t('noChanges')}</p>;
  // One shape either way, so the figure and its drawings stay mounted while hidden.
  return (
    <ExportProvider>
      {rows.length > 0 && <ExportToolbar scope="overview" year={exportInfo.report.dataYear} />}
      <div hidden={rows.length === 0}>{figure}</div>
      {rows.length === 0 && <p className="section-intro">{t('noChanges')}</p>}
    </ExportProvider>
  );
});
