import { queryOptions } from '@tanstack/react-query';
import type { AreaId } from '../config/work-areas';
import { apiGet } from './client';

/**
 * The response schemas (and zod) are a chunk of their own, loaded as the app starts (src/main.tsx) and
 * awaited by each request only to parse its answer: built with the app's code, they took a share of
 * the task that starts the app, the longest of a load at 4x slowdown.
 */
export const loadContract = () => import('./schemas');

/** Query keys run from general to specific: ['areas'] → ['areas', 'list'] / ['areas', id, 'detail']. */
export const areaQueries = {
  all: () => ['areas'] as const,
  list: () =>
    queryOptions({
      queryKey: [...areaQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiGet('/areas', loadContract().then((module) => module.AreasResponseSchema), { signal }),
    }),
  detail: (id: AreaId) =>
    queryOptions({
      queryKey: [...areaQueries.all(), id, 'detail'] as const,
      queryFn: ({ signal }) => apiGet(`/areas/${id}`, loadContract().then((module) => module.AreaDetailResponseSchema), { signal }),
    }),
};
