import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { AreaId } from '../../config/work-areas';
import { AREA_PARAM, parseAreaParam, serializeAreaParam } from './area-param';

/** The overview's area filter lives in the URL (`?area=governance,service`), so reload, back and shared links keep it. */
export function useAreaFilter(): [AreaId[], (next: readonly AreaId[]) => void] {
  const [params, setParams] = useSearchParams();
  const selected = parseAreaParam(params.get(AREA_PARAM));

  const setSelected = useCallback(
    (next: readonly AreaId[]) => {
      setParams((previous) => {
        const updated = new URLSearchParams(previous);
        const value = serializeAreaParam(next);
        if (value === null) updated.delete(AREA_PARAM);
        else updated.set(AREA_PARAM, value);
        return updated;
      });
    },
    [setParams],
  );

  return [selected, setSelected];
}
