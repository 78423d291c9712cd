import { queryOptions } from '@tanstack/react-query';
import type { AreaId } from '../config/work-areas';
import { apiGet } from './client';
import { shareUntilFailure } from './share-until-failure';
import type * as Schemas from './schemas';

/**
 * The response schemas (and zod) are chunks of their own, loaded as the app starts (src/main.tsx) and
 * awaited by each request only to parse its answer: built with the app's code, they took a share of
 * the task that starts the app, the longest of a load at 4x slowdown.
 *
 * Loaded by one import() however many ask: the schemas' chunk waits a task before its own code (a
 * top-level await, build/chunks.ts), and Safari has handed undefined exports to the second of two
 * imports of a module whose await was pending (WebKit bug 242740). A failed load is forgotten, so that
 * Retry imports again, and the browser fetches the file anew: HTML no longer keeps a failed module fetch
 * (whatwg/html#10327), and Chromium 156 does not (tests/e2e/trust.spec.ts). A browser that still does
 * answers with the same failure, and there only a reload fetches the file.
 */
export const loadContract: () => Promise<typeof Schemas> = shareUntilFailure(() => import('./schemas'));

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
