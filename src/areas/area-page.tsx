import { useQuery } from '@tanstack/react-query';
import { areaQueries } from '../api/queries';
import { BilingualText } from '../components/ui/bilingual';
import { PageHeading, PageTitle } from '../components/ui/page-title';
import { QueryPanel } from '../components/ui/query-panel';
import { getWorkArea, type AreaId } from '../config/work-areas';
import { AreaFigures } from '../features/metrics/area-figures';
import { useI18n } from '../i18n/i18n';

/** The route of one work area; the three areas share it and differ only in data. */
export function AreaPage({ areaId }: { areaId: AreaId }) {
  const { pick } = useI18n();
  const area = getWorkArea(areaId);
  const query = useQuery(areaQueries.detail(areaId));

  return (
    <>
      <PageTitle title={pick(area.name)} />
      <header className="page-header">
        <PageHeading>
          <BilingualText text={area.name} />
        </PageHeading>
      </header>
      <QueryPanel query={query} isEmpty={(data) => data.metrics.length === 0}>
        {(data) => (
          <>
            <p className="section-intro">{pick(data.area.summary)}</p>
            <AreaFigures data={data} />
          </>
        )}
      </QueryPanel>
    </>
  );
}
