import { queryOptions } from '@tanstack/react-query';
import type { AreaId } from '../config/work-areas';
import { apiGet } from './client';

/**
 * The response schemas (and zod) load with the first request, beside it, rather than with the app:
 * building them took a share of the task that starts the app, the longest of a load at 4x slowdown.
 */
const schemas = () => import('./schemas');

/** Query keys run from general to specific: ['areas'] → ['areas', 'list'] / ['areas', id, 'detail']. */
export const areaQueries = {
  all: () => ['areas'] as const,
  list: () =>
    queryOptions({
      queryKey: [...areaQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiGet('/areas', schemas().then((module) => module.AreasResponseSchema), { signal }),
    }),
  detail: (id: AreaId) =>
    queryOptions({
      queryKey: [...areaQueries.all(), id, 'detail'] as const,
      queryFn: ({ signal }) => apiGet(`/areas/${id}`, schemas().then((module) => module.AreaDetailResponseSchema), { signal }),
    }),
};
