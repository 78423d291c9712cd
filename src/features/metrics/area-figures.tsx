import type { AreaDetailResponse } from '../../api/schemas';
import { PanelBoundary } from '../../components/ui/panel-boundary';
import { useI18n } from '../../i18n/i18n';
import { ExportProvider, ExportToolbar } from '../export';
import { ChartCard } from './chart-card';
import { DirectionList } from './direction-list';
import { MetricCard } from './metric-card';
import { MilestoneList } from './milestone-list';

/** Everything the report says about one work area: figures, charts, directions, milestones. */
export function AreaFigures({ data }: { data: AreaDetailResponse }) {
  const { t, pick } = useI18n();
  const areaId = data.area.id;
  const exportInfo = { report: data.report, scopeLabel: t('exportArea', { areas: pick(data.area.name) }) };
  return (
    <>
      <section className="section" aria-labelledby={`${areaId}-figures`}>
        <h2 id={`${areaId}-figures`}>{t('kpiHeading')}</h2>
        <PanelBoundary>
          <div className="kpi-grid">
            {data.metrics.map((metric) => (
              <MetricCard key={metric.id} metric={metric} />
            ))}
          </div>
        </PanelBoundary>
      </section>
      {data.charts.length > 0 && (
        <section className="section" aria-labelledby={`${areaId}-charts`}>
          <h2 id={`${areaId}-charts`}>{t('chartsHeading')}</h2>
          <ExportProvider>
            <ExportToolbar scope={areaId} year={data.report.dataYear} />
            <div className="chart-grid">
              {data.charts.map((chart) => (
                <PanelBoundary key={chart.id}>
                  <ChartCard chart={chart} metrics={data.metrics} scope={areaId} exportInfo={exportInfo} />
                </PanelBoundary>
              ))}
            </div>
          </ExportProvider>
        </section>
      )}
      <PanelBoundary>
        <DirectionList directions={data.directions} />
      </PanelBoundary>
      <PanelBoundary>
        <MilestoneList milestones={data.milestones} />
      </PanelBoundary>
    </>
  );
}
