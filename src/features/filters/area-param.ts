import { AREA_IDS, isAreaId, type AreaId } from '../../config/work-areas';

export const AREA_PARAM = 'area';

type ParamValue = string | readonly string[] | null;

/** The param's parts as given, trimmed, empty ones dropped. Read as a person might type it: a Chinese comma (，) as well, the param given twice. */
function paramParts(value: ParamValue): string[] {
  const text = typeof value === 'string' ? value : (value ?? []).join(',');
  return text
    .split(/[,，]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** `?area=governance,service` → those areas, in the nav's order, in upper or lower case. Missing, empty or unknown → all areas. */
export function parseAreaParam(value: ParamValue): AreaId[] {
  const wanted = new Set(paramParts(value).map((part) => part.toLowerCase()));
  const chosen = AREA_IDS.filter((id) => wanted.has(id));
  return chosen.length > 0 ? chosen : [...AREA_IDS];
}

/** The longest part of an unreadable value that is quoted back: a pasted paragraph is cut short. */
const QUOTED_MAX = 30;

/** The parts that name no work area, each once and cut to a readable length: what the page says it left out. */
export function unreadAreaParts(value: ParamValue): string[] {
  const unread = paramParts(value).filter((part) => !isAreaId(part.toLowerCase()));
  const quoted = unread.map((part) => {
    const characters = [...part];
    return characters.length > QUOTED_MAX ? `${characters.slice(0, QUOTED_MAX).join('')}…` : part;
  });
  return [...new Set(quoted)];
}

/** The param value for a selection; null when it is every area (the default needs no param). */
export function serializeAreaParam(ids: readonly string[]): string | null {
  const chosen = AREA_IDS.filter((id) => ids.includes(id));
  if (chosen.length === 0 || chosen.length === AREA_IDS.length) return null;
  return chosen.join(',');
}

export { isAreaId };
