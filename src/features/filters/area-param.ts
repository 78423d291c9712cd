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

/** What the param named that is no work area: what the page says it left out. */
export interface UnreadAreas {
  /** Each such part as given, once, cut to a readable length. */
  values: string[];
  /** Nothing in the param named an area, so every area is shown (parseAreaParam). */
  fellBack: boolean;
}

export function unreadAreaParts(value: ParamValue): UnreadAreas {
  const parts = paramParts(value);
  const unread = parts.filter((part) => !isAreaId(part.toLowerCase()));
  const quoted = unread.map((part) => {
    const characters = [...part];
    return characters.length > QUOTED_MAX ? `${characters.slice(0, QUOTED_MAX).join('')}…` : part;
  });
  return { values: [...new Set(quoted)], fellBack: unread.length === parts.length };
}

/** The param value for a selection; null when it is every area (the default needs no param). */
export function serializeAreaParam(ids: readonly string[]): string | null {
  const chosen = AREA_IDS.filter((id) => ids.includes(id));
  if (chosen.length === 0 || chosen.length === AREA_IDS.length) return null;
  return chosen.join(',');
}

export { isAreaId };
