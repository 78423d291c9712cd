import { queryOptions } from '@tanstack/react-query';
import type { AreaId } from '../config/work-areas';
import { apiGet } from './client';
import { AreaDetailResponseSchema, AreasResponseSchema } from './schemas';

/** Query keys run from general to specific: ['areas'] → ['areas', 'list'] / ['areas', id, 'detail']. */
export const areaQueries = {
  all: () => ['areas'] as const,
  list: () =>
    queryOptions({
      queryKey: [...areaQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiGet('/areas', AreasResponseSchema, { signal }),
    }),
  detail: (id: AreaId) =>
    queryOptions({
      queryKey: [...areaQueries.all(), id, 'detail'] as const,
      queryFn: ({ signal }) => apiGet(`/areas/${id}`, AreaDetailResponseSchema, { signal }),
    }),
};
