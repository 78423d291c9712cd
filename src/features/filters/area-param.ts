import { AREA_IDS, isAreaId, type AreaId } from '../../config/work-areas';

export const AREA_PARAM = 'area';

/**
 * `?area=governance,service` → those areas, in the nav's order. Missing, empty or unknown → all areas.
 * Read as a person might type it: upper or lower case, a Chinese comma (，) as well, the param given twice.
 */
export function parseAreaParam(value: string | readonly string[] | null): AreaId[] {
  const text = typeof value === 'string' ? value : (value ?? []).join(',');
  const wanted = new Set(text.split(/[,，]/).map((part) => part.trim().toLowerCase()));
  const chosen = AREA_IDS.filter((id) => wanted.has(id));
  return chosen.length > 0 ? chosen : [...AREA_IDS];
}

/** The param value for a selection; null when it is every area (the default needs no param). */
export function serializeAreaParam(ids: readonly string[]): string | null {
  const chosen = AREA_IDS.filter((id) => ids.includes(id));
  if (chosen.length === 0 || chosen.length === AREA_IDS.length) return null;
  return chosen.join(',');
}

export { isAreaId };
