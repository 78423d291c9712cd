import { useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';

/**
 * Returns a function that fetches a query's data ahead of need: only when nothing is cached for it
 * yet, so a request that failed is never retried behind the user's back (that is Retry's job).
 */
export function usePrefetch() {
  const queryClient = useQueryClient();
  return useCallback(
    <TData, TKey extends QueryKey>(options: FetchQueryOptions<TData, Error, TData, TKey>) => {
      if (queryClient.getQueryState(options.queryKey) === undefined) void queryClient.prefetchQuery(options);
    },
    [queryClient],
  );
}

/** How long a pointer rests on a link before it counts as intent (one passing over it does not). */
const HOVER_INTENT_MS = 65;
const hoverTimers = new WeakMap<EventTarget, ReturnType<typeof setTimeout>>();

/**
 * Handlers for a link that call `onIntent` when a user is about to follow it: the pointer resting on
 * it, focus on it, a touch.
 */
export function intentHandlers(onIntent: () => void) {
  const cancel = ({ currentTarget }: { currentTarget: EventTarget }) => {
    clearTimeout(hoverTimers.get(currentTarget));
    hoverTimers.delete(currentTarget);
  };
  return {
    onPointerEnter: (event: { currentTarget: EventTarget }) => {
      cancel(event);
      hoverTimers.set(event.currentTarget, setTimeout(onIntent, HOVER_INTENT_MS));
    },
    onPointerLeave: cancel,
    onFocus: onIntent,
    onTouchStart: onIntent,
  };
}
