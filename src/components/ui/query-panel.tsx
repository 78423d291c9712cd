import type { UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { EmptyPanel, ErrorPanel } from './error-panel';
import { FocusHome } from './focus-home';
import { Skeleton } from './skeleton';
import { useComing } from './coming';
import { UpdateStatus } from './update-status';

interface QueryPanelProps<T> {
  query: UseQueryResult<T>;
  isEmpty: (data: T) => boolean;
  skeletonLines?: number;
  children: (data: T) => ReactNode;
}

/** What the panel first renders when its data is already cached: the skeleton, then the data. */
const FIRST_RENDER = Symbol('first render');

/**
 * Loading, failure, empty and data states of one panel, so a failure stays inside the panel it hits.
 * Figures already on screen stay when fetching them again fails: a notice above them says so.
 */
export function QueryPanel<T>({ query, isEmpty, skeletonLines = 6, children }: QueryPanelProps<T>) {
  const { t } = useI18n();
  // The panel's content renders as a transition, which React splits into small tasks: a page of
  // figures arriving never blocks input in one long task. Data already cached (a route opened
  // again, or prefetched) still comes a moment after the page's heading, which shows at once.
  // With no data cached there is nothing to hold back, and no initial value is given: one given
  // while the page mounts in a Suspense retry (its code just loaded, as on every first visit) made
  // React restart that render against the deferred one, over and over, for ~200 ms at 1x. React
  // reads the initial value only as the panel appears (mounted, or shown again by a Suspense
  // boundary), so it is derived here rather than kept.
  const initial = query.data === undefined ? undefined : FIRST_RENDER;
  const deferred = useDeferredValue<T | undefined | typeof FIRST_RENDER>(query.data, initial);
  const data = deferred === FIRST_RENDER ? undefined : deferred;
  const retry = () => void query.refetch();
  // Decided on the query's own data, not the deferred copy, which is empty for a moment on mount.
  const nothingShown = query.data === undefined || isEmpty(query.data);
  const failed = query.isError && nothingShown;
  // The skeleton is a page on its way: a page left behind, or one to prepare, waits for it (allShown).
  useComing(!failed && data === undefined);
  let shown: ReactNode;
  if (failed) shown = <ErrorPanel error={query.error} onRetry={retry} retrying={query.isFetching} />;
  else if (data === undefined) shown = <Skeleton label={t('loading')} lines={skeletonLines} />;
  else if (isEmpty(data)) shown = <EmptyPanel onRetry={retry} />;
  else {
    shown = (
      <>
        <UpdateStatus error={query.isError ? query.error : null} onRetry={retry} retrying={query.isFetching} />
        {children(data)}
      </>
    );
  }
  return <FocusHome>{shown}</FocusHome>;
}
