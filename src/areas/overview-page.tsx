import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { areaQueries } from '../api/queries';
import type { AreasResponse } from '../api/schemas';
import { BilingualText } from '../components/ui/bilingual';
import { PageHeading, PageTitle } from '../components/ui/page-title';
import { PanelBoundary } from '../components/ui/panel-boundary';
import { useRevealedParts } from '../components/ui/use-revealed-parts';
import { QueryPanel } from '../components/ui/query-panel';
import { AreaFilter, useFilterLabel } from '../features/filters/area-filter';
import { useAreaFilter } from '../features/filters/use-area-filter';
import { AreaSummaryCard } from '../features/metrics/area-summary';
import { ChangeChart } from '../features/metrics/change-chart';
import { WORK_AREAS, type AreaId } from '../config/work-areas';
import { useI18n } from '../i18n/i18n';
import { PAGE_NAMES } from '../i18n/messages';

export function OverviewPage() {
  const { t } = useI18n();
  const { selected, setSelected, unread } = useAreaFilter();
  const query = useQuery(areaQueries.list());

  return (
    <>
      <PageTitle title={t('overviewTitle')} />
      <header className="page-header">
        <PageHeading>
          <BilingualText text={PAGE_NAMES.overview} />
        </PageHeading>
      </header>
      <AreaFilter selected={selected} onChange={setSelected} unread={unread} />
      <QueryPanel query={query} isEmpty={(data) => data.areas.length === 0}>
        {(data) => <OverviewAreas data={data} selected={selected} />}
      </QueryPanel>
    </>
  );
}

/**
 * The selected areas and the chart of their changes. What they show is memoised on the data and the
 * selection's areas, so a render that changes neither redraws nothing: the router's, after a filter
 * change, brings the same areas in a new array (read from the URL) as the change showed at once.
 *
 * A filter change shows in the click's own render, the chart's part in it too: the chart has every
 * area's part drawn and hides the others (ChangeChart), so following the filter draws nothing.
 *
 * On the first visit the areas come one a frame, then the chart (useRevealedParts): each frame's
 * layout stays short on a slow machine. With the two other areas and the chart's frame in one commit
 * (224 elements), cold loads of / at 4× CPU slowdown had a task over 50 ms after their first 800 ms in
 * 15 of 22 visits (21 tasks); one area a frame, in 11 of 22 (12 tasks). The parts are counted for
 * every area, so a filter never changes them: a first visit to fewer areas spends a frame or two on
 * none.
 */
function OverviewAreas({ data, selected }: { data: AreasResponse; selected: readonly AreaId[] }) {
  const { t } = useI18n();
  const selection = selected.join();
  const areas = useMemo(() => data.areas.filter((area) => selection.split(',').includes(area.id)), [data, selection]);
  const scopeLabel = useFilterLabel(areas.map((area) => area.id));
  const exportInfo = useMemo(() => ({ report: data.report, scopeLabel }), [data.report, scopeLabel]);
  const shown = useRevealedParts(WORK_AREAS.length + 1);
  const chartShown = shown > WORK_AREAS.length;
  return (
    <>
      {areas.slice(0, shown).map((area) => (
        <PanelBoundary key={area.id}>
          <AreaSummaryCard area={area} />
        </PanelBoundary>
      ))}
      {chartShown && (
        <section className="section" aria-labelledby="overview-changes">
          <h2 id="overview-changes" className="visually-hidden">
            {t('changesTitle')}
          </h2>
          <PanelBoundary>
            <ChangeChart areas={data.areas} shown={areas} exportInfo={exportInfo} />
          </PanelBoundary>
        </section>
      )}
    </>
  );
}
