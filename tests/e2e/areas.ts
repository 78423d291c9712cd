/**
 * What a user should see for each work area. Written out here rather than imported from src/,
 * so a wrong name or path in the app's own list fails these tests instead of passing them.
 */
export interface ExpectedArea {
  id: 'new-sectors' | 'governance' | 'service';
  path: string;
  zh: string;
  en: string;
  /** How many charts its page draws: /service none, as its figures are in units no two of which belong on one axis. */
  charts: number;
}

export const AREAS = [
  { id: 'new-sectors', path: '/new-sectors', zh: '新兴领域党建', en: 'New-sector Party building', charts: 2 },
  { id: 'governance', path: '/governance', zh: '党建引领基层治理', en: 'Party-led grassroots governance', charts: 6 },
  { id: 'service', path: '/service', zh: '凝聚服务群众', en: 'Serving the masses', charts: 0 },
] as const satisfies readonly ExpectedArea[];

export type AreaId = ExpectedArea['id'];

export function area(id: AreaId): ExpectedArea {
  const found = AREAS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No expected area with id ${id}`);
  return found;
}

/** The heading of an area in Chinese, English beside it: "党建引领基层治理 Party-led grassroots governance". */
export function zhHeading(expected: ExpectedArea): string {
  return `${expected.zh} ${expected.en}`;
}

export function enHeading(expected: ExpectedArea): string {
  return `${expected.en} ${expected.zh}`;
}

/** The overview's heading in Chinese, English beside it, as an area's (zhHeading). */
export const OVERVIEW_TITLE = '2024年工作总览 2024 at a glance';

/** A route the app serves: the h1 its page shows in Chinese, the endpoint its figures come from, its charts. */
export interface ExpectedRoute {
  path: string;
  heading: string;
  api: string;
  charts: number;
  /**
   * How many drawings its charts have: one each, but the overview's one chart has a drawing per work
   * area with a change to show (新兴领域党建 and 党建引领基层治理; 凝聚服务群众's figures have no before).
   */
  drawings: number;
}

export const OVERVIEW: ExpectedRoute = { path: '/', heading: OVERVIEW_TITLE, api: '/api/areas', charts: 1, drawings: 2 };
/** Every route: the overview, then each work area. */
export const ROUTES: readonly ExpectedRoute[] = [
  OVERVIEW,
  ...AREAS.map((expected) => ({ path: expected.path, heading: zhHeading(expected), api: `/api/areas/${expected.id}`, charts: expected.charts, drawings: expected.charts })),
];

export const APP_TITLE = '海口社会工作看板';
/** The report writes decreases with a true minus sign (U+2212), not a hyphen. */
export const MINUS = '\u2212';
