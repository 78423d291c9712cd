import { startTransition, useCallback, useMemo, useOptimistic } from 'react';
import { useSearchParams } from 'react-router';
import type { AreaId } from '../../config/work-areas';
import { AREA_PARAM, parseAreaParam, serializeAreaParam, unreadAreaParts, type UnreadAreas } from './area-param';

export interface AreaFilterState {
  selected: AreaId[];
  setSelected: (next: readonly AreaId[]) => void;
  /** What the URL's `area` named that is no area; no values when all of it was read. */
  unread: UnreadAreas;
}

/**
 * The overview's area filter lives in the URL (`?area=governance,service`), so reload, back and shared
 * links keep it. A change shows at once: the new selection is rendered optimistically, in this page
 * alone, and the router's navigation to the new URL (a transition over the whole app) follows.
 */
export function useAreaFilter(): AreaFilterState {
  const [params, setParams] = useSearchParams();
  // One string, so the memo holds while the URL's areas do: getAll gives a new array each time.
  const param = params.getAll(AREA_PARAM).join(',');
  const fromUrl = useMemo(() => parseAreaParam(param), [param]);
  const unread = useMemo(() => unreadAreaParts(param), [param]);
  const [selected, showSelected] = useOptimistic(fromUrl);

  const setSelected = useCallback(
    (next: readonly AreaId[]) => {
      // The new selection renders at once; the router's navigation to its URL is a transition that
      // follows it. Written in the same action, a Back pressed right after returns to before it.
      startTransition(() => {
        showSelected([...next]);
        setParams((previous) => {
          const updated = new URLSearchParams(previous);
          const value = serializeAreaParam(next);
          if (value === null) updated.delete(AREA_PARAM);
          else updated.set(AREA_PARAM, value);
          return updated;
        });
      });
    },
    [setParams, showSelected],
  );

  return { selected, setSelected, unread };
}
