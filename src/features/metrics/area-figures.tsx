import { useMemo } from 'react';
import type { AreaDetailResponse } from '../../api/schemas';
import { PanelBoundary } from '../../components/ui/panel-boundary';
import { useRevealedParts } from '../../components/ui/use-revealed-parts';
import { useI18n } from '../../i18n/i18n';
import { ExportProvider, ExportToolbar } from '../export';
import { ChartCard } from './chart-card';
import { DirectionList } from './direction-list';
import { MetricCard } from './metric-card';
import { MilestoneList } from './milestone-list';

/** The figure cards of an office PC's first screen: two rows of four. */
const FIRST_SCREEN_CARDS = 8;
/**
 * Chart cards added per frame. Six at once took one task of 90–100 ms at 4× CPU slowdown. Two at once,
 * in four cold loads of /governance on a phone at 4× (a frame's cards are committed together, each
 * with its table, summary and export buttons): React tasks over 50 ms in every load, 11 in all, up to
 * 131 ms; one at once: 4 in all, at most 62 ms.
 */
const CHARTS_PER_FRAME = 1;

/**
 * Everything the report says about one work area: figures, charts, directions, milestones. It is shown
 * in frames (useRevealedParts), each short on a slow machine: the first screen's figure cards, the
 * other cards (if there are more), the chart cards one at a time, the directions, then the milestones.
 */
export function AreaFigures({ data }: { data: AreaDetailResponse }) {
  const { t } = useI18n();
  const moreCards = data.metrics.length > FIRST_SCREEN_CARDS;
  const chartFrames = Math.max(1, Math.ceil(data.charts.length / CHARTS_PER_FRAME));
  // The frame the charts start in: no frame is spent on cards that are already all shown.
  const chartsFrom = moreCards ? 3 : 2;
  const shown = useRevealedParts(chartsFrom + chartFrames + 1);
  const areaId = data.area.id;
  const metrics = shown >= 2 ? data.metrics : data.metrics.slice(0, FIRST_SCREEN_CARDS);
  return (
    <>
      <section className="section" aria-labelledby={`${areaId}-figures`}>
        <h2 id={`${areaId}-figures`}>{t('kpiHeading')}</h2>
        <PanelBoundary>
          <div className="kpi-grid">
            {metrics.map((metric) => (
              <MetricCard key={metric.id} metric={metric} />
            ))}
          </div>
        </PanelBoundary>
      </section>
      {shown >= chartsFrom && <AreaCharts data={data} count={(shown - chartsFrom + 1) * CHARTS_PER_FRAME} />}
      {shown >= chartsFrom + chartFrames && (
        <PanelBoundary>
          <DirectionList directions={data.directions} />
        </PanelBoundary>
      )}
      {shown >= chartsFrom + chartFrames + 1 && (
        <PanelBoundary>
          <MilestoneList milestones={data.milestones} />
        </PanelBoundary>
      )}
    </>
  );
}

/** The area's charts, the first `count` of them. */
function AreaCharts({ data, count }: { data: AreaDetailResponse; count: number }) {
  const { t, pick } = useI18n();
  const areaId = data.area.id;
  const scopeLabel = t('exportArea', { areas: pick(data.area.name) });
  // The same object while the data and language are: a frame that adds chart cards leaves the shown ones be.
  const exportInfo = useMemo(() => ({ report: data.report, scopeLabel }), [data.report, scopeLabel]);
  return (
    <section className="section" aria-labelledby={`${areaId}-charts`}>
      <h2 id={`${areaId}-charts`}>{t('chartsHeading')}</h2>
      {data.charts.length === 0 ? (
        // Said, so that a page without charts does not look as if they failed to load.
        <p className="section-intro">{t('noCharts')}</p>
      ) : (
        <ExportProvider>
          <ExportToolbar scope={areaId} year={data.report.dataYear} />
          <div className="chart-grid">
            {data.charts.slice(0, count).map((chart) => (
              <PanelBoundary key={chart.id}>
                <ChartCard chart={chart} metrics={data.metrics} scope={areaId} exportInfo={exportInfo} />
              </PanelBoundary>
            ))}
          </div>
        </ExportProvider>
      )}
    </section>
  );
}
