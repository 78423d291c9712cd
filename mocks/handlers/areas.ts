import { http, HttpResponse } from 'msw';
import type { AreaDetailResponse, AreasResponse } from '../../src/api/schemas';
import { isAreaId, WORK_AREAS } from '../../src/config/work-areas';
import { AREA_DATA, REPORT } from '../data';

/** Matches the client's default base (`/api`) on any origin. */
export const API = '*/api';

export function areasResponse(): AreasResponse {
  return {
    report: REPORT,
    areas: WORK_AREAS.map(({ id }) => {
      const { area, metrics, headline } = AREA_DATA[id];
      return { ...area, headline: metrics.filter((metric) => headline.includes(metric.id)) };
    }),
  };
}

export function areaDetailResponse(id: keyof typeof AREA_DATA): AreaDetailResponse {
  const { headline: _headline, ...detail } = AREA_DATA[id];
  return { report: REPORT, ...detail };
}

export const areaHandlers = [
  http.get<never, never, AreasResponse>(`${API}/areas`, () => HttpResponse.json(areasResponse())),

  http.get<{ areaId: string }>(`${API}/areas/:areaId`, ({ params }) => {
    if (!isAreaId(params.areaId)) {
      return HttpResponse.json({ error: `Unknown work area: ${params.areaId}` }, { status: 404 });
    }
    return HttpResponse.json(areaDetailResponse(params.areaId));
  }),
];
