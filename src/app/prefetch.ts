import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

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
      cancelIdle = whenIdle(preload);
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
