import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { areaQueries } from '../api/queries';
import { WORK_AREAS } from '../config/work-areas';

const IDLE_TIMEOUT_MS = 5_000;
const NO_IDLE_CALLBACK_DELAY_MS = 1_000;

/** Runs `callback` when the main thread is idle; returns a cancel function. */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(callback, NO_IDLE_CALLBACK_DELAY_MS);
  return () => clearTimeout(id);
}

/** Fetches every route's data that is not in the cache yet (and never refetches one that failed: that is Retry's job). */
function prefetchAreaData(queryClient: QueryClient): void {
  const missing = (queryKey: readonly unknown[]) => queryClient.getQueryState(queryKey) === undefined;
  const list = areaQueries.list();
  if (missing(list.queryKey)) void queryClient.prefetchQuery(list);
  for (const area of WORK_AREAS) {
    const detail = areaQueries.detail(area.id);
    if (missing(detail.queryKey)) void queryClient.prefetchQuery(detail);
  }
}

/**
 * Once the page on screen has its data and the browser is idle, loads the other routes' code and data,
 * so that switching routes renders from memory instead of waiting on the network.
 */
export function usePrefetchRoutes(loadPages: () => Promise<unknown>): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let cancel = () => {};
    const attempt = () => {
      if (queryClient.isFetching() > 0) {
        cancel = whenIdle(attempt);
        return;
      }
      void loadPages().catch(() => {
        // A page that fails to load here loads again, and reports its failure, when it is opened.
      });
      prefetchAreaData(queryClient);
    };
    cancel = whenIdle(attempt);
    return () => cancel();
  }, [queryClient, loadPages]);
}
