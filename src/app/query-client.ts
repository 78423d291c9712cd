import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';

const RETRYABLE = new Set(['network', 'server']);

/**
 * One quick retry for failures that may pass (network, 5xx), none for the rest, so an error shows
 * within a second or two. 'always' network mode: behind a service worker the browser's online flag
 * says nothing about whether the data service answers, and 'online' can spin forever.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        staleTime: 5 * 60_000,
        retry: (failures, error) => failures < 1 && isApiError(error) && RETRYABLE.has(error.kind),
        retryDelay: 300,
        refetchOnWindowFocus: false,
      },
    },
  });
}
