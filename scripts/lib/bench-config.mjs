// What the benchmark measures and against which goals: the routes, presets, viewports, CPU slowdown,
// run counts and settle times, and the elements the interactions click. Shared by the stages and the report.

export const SECTION_HEADING = '## Lighthouse, first-visit JavaScript and long tasks (npm run bench)';

/**
 * @typedef {object} Route
 * @property {string} path
 * @property {string} label
 * @property {boolean} area  a work-area page (h1 + the "数据一览" region) rather than the overview
 */
/** @type {readonly Route[]} */
export const ROUTES = [
  { path: '/', label: '/ (总览)', area: false },
  { path: '/new-sectors', label: '/new-sectors', area: true },
  { path: '/governance', label: '/governance', area: true },
  { path: '/service', label: '/service', area: true },
];

/** @type {readonly import('./lighthouse.mjs').LighthousePreset[]} */
export const PRESETS = ['mobile', 'desktop'];

export const VIEWPORTS = /** @type {const} */ ([
  { id: 'desktop', label: '1280×800', options: { viewport: { width: 1280, height: 800 } } },
  // The phone Lighthouse's mobile preset emulates (moto g power): 412×823 CSS px at 1.75×, touch.
  {
    id: 'phone',
    label: '412×823',
    options: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  },
]);

/** The screen of the stages run in a bare Chromium (long tasks, the control page, interactions). */
export const BARE_VIEWPORT = VIEWPORTS[0].options.viewport;

export const CPU_SLOWDOWN = 4;
/** Odd, for a median that is a run; 9, as single runs here spread over a factor of two. */
export const INTERACTION_RUNS = 9;
export const CONTROL_VISITS = 5;
/** Cold visits per route and browser state in the long-task stage: one visit's count is a coin toss here. README.md quotes it. */
export const LONG_TASK_VISITS = 3;
export const SETTLE_MS = 2_000;
/** The bare browser has no network events to wait on: after the figures, this long for the rest (idle preloads, the worker's answers). */
export const BARE_SETTLE_MS = 3_000;
export const KB = 1000;

export const GOALS = {
  score: 100,
  mobileLcpMs: 1_500,
  tbtMs: 50,
  cls: 0.02,
  jsKb: 250,
  longTaskMs: 50,
  interactionMs: 100,
};

export const FILTER_AREA = { id: 'new-sectors', name: '新兴领域党建' };
export const NAV_TARGET = { path: '/governance', name: '党建引领基层治理' };
/** The second nav, from NAV_TARGET once every chart there is drawn: the route with the most charts, left for another area. */
export const AREA_NAV_TARGET = { path: '/new-sectors', name: '新兴领域党建' };
/** The overview's comparison chart, and the bar (a figure of FILTER_AREA) that the filter takes out and back. */
export const CHANGE_CHART = { selector: 'figure[aria-labelledby="chart-overview-changes-title"]', barOf: '行业党委' };
