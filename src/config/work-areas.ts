import type { Bilingual } from '../i18n/lang';

export interface WorkArea {
  id: string;
  path: `/${string}`;
  name: Bilingual;
}

/** The department's three work areas. Nav, routes, the overview filter and the API all read this list. */
export const WORK_AREAS = [
  {
    id: 'new-sectors',
    path: '/new-sectors',
    name: { zh: '新兴领域党建', en: 'New-sector Party building' },
  },
  {
    id: 'governance',
    path: '/governance',
    name: { zh: '党建引领基层治理', en: 'Party-led grassroots governance' },
  },
  {
    id: 'service',
    path: '/service',
    name: { zh: '凝聚服务群众', en: 'Serving the masses' },
  },
] as const satisfies readonly WorkArea[];

export type AreaId = (typeof WORK_AREAS)[number]['id'];

export const AREA_IDS = WORK_AREAS.map((area) => area.id) as [AreaId, ...AreaId[]];

export function isAreaId(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}

export function getWorkArea(id: AreaId): (typeof WORK_AREAS)[number] {
  const area = WORK_AREAS.find((candidate) => candidate.id === id);
  if (!area) throw new Error(`Unknown work area: ${id}`);
  return area;
}
