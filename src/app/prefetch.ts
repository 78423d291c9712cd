import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { whenIdle, type IdleTiming } from '../components/ui/when-idle';

const PRELOAD_IDLE: IdleTiming = { timeoutMs: 5_000, fallbackDelayMs: 1_000 };

/**
 * Once the page on screen has its data and the browser is idle, loads the other pages' code, so a
 * route switch never waits for a chunk (a route's data is fetched when its link is pointed at,
 * focused or touched: see intentHandlers in src/api/prefetch.ts).
 */
export function usePreloadPages(loadPages: () => Promise<unknown>): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const cache = queryClient.getQueryCache();
    const settled = () => cache.getAll().length > 0 && queryClient.isFetching() === 0;
    let done = false;
    let cancelIdle = () => {};
    const preload = () => {
      if (done || !settled()) return;
      done = true;
      unsubscribe();
      void loadPages().catch(() => {
        // A page that fails to load here loads again, and reports its failure, when it is opened.
      });
    };
    const schedule = () => {
      cancelIdle();
      cancelIdle = whenIdle(preload, PRELOAD_IDLE);
    };
    const unsubscribe = cache.subscribe(() => {
      if (!done && settled()) schedule();
    });
    if (settled()) schedule();
    return () => {
      unsubscribe();
      cancelIdle();
    };
  }, [queryClient, loadPages]);
}
