// Stage 3 of the benchmark: long tasks per route at 4× CPU slowdown, in a fresh Chromium that
// Playwright does not drive (scripts/lib/bare-chromium.mjs).
import { openBarePage } from './bare-chromium.mjs';
import { BARE_SETTLE_MS, BARE_VIEWPORT, CPU_SLOWDOWN, ROUTES } from './bench-config.mjs';
import { errorText, longestWithCause } from './bench-format.mjs';
import { sampleLoad } from './bench-load-average.mjs';
import { installProbes, longTasks, scrollThrough, waitForFiguresBare } from './page-probes.mjs';
import { openWarmBarePage } from './warm-browser.mjs';

/**
 * @typedef {object} RouteVisit
 * @property {import('./page-probes.mjs').LongTask[]} load     during the load, until the figures show + BARE_SETTLE_MS
 * @property {import('./page-probes.mjs').LongTask[]} scroll   while scrolling through (charts drawing)
 * @property {number} charts
 * @property {number} [firstPaint]  ms since the document's time origin: its first-contentful-paint
 * @property {string} [error]
 *
 * @typedef {object} LongTaskResult
 * @property {import('./bench-config.mjs').Route} route
 * @property {RouteVisit} fresh  in a fresh Chromium
 * @property {RouteVisit} warm   in one that has shown another site's Chinese page first (warm-browser.mjs)
 */

/**
 * A cold visit of a route (no cache, no service worker): its long tasks while it loads, then while
 * scrolling through it until every chart is drawn.
 * @param {string} url
 * @param {typeof openBarePage} open
 * @returns {Promise<RouteVisit>}
 */
async function visitRoute(url, open) {
  /** @type {RouteVisit} */
  const visit = { load: [], scroll: [], charts: 0 };
  const { width, height } = BARE_VIEWPORT;
  const page = await open({ width, height, cpuSlowdown: CPU_SLOWDOWN, initScript: installProbes });
  try {
    await page.goto(url);
    await waitForFiguresBare(page, 60_000);
    await page.waitForTimeout(BARE_SETTLE_MS);
    visit.load = await longTasks(page);
    visit.firstPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
    const scroll = await scrollThrough(page, { timeoutMs: 60_000 });
    visit.charts = scroll.charts;
    await page.waitForTimeout(BARE_SETTLE_MS);
    visit.scroll = (await longTasks(page)).slice(visit.load.length);
  } catch (error) {
    visit.error = errorText(error);
  } finally {
    await page.close();
  }
  return visit;
}

/** True when a visit went through without error and without a task over 50 ms. @param {RouteVisit} visit */
export const withoutLongTasks = (visit) => !visit.error && visit.load.length + visit.scroll.length === 0;

/**
 * How many of a visit's load tasks over 50 ms started before its first paint: the browser's first
 * frame (parsing, the inline display-settings script, the first layout), not the app's later work.
 * @param {RouteVisit} visit
 */
export const beforeFirstPaint = (visit) => visit.load.filter((task) => visit.firstPaint !== undefined && task.start < visit.firstPaint).length;

/** @param {RouteVisit} visit */
const visitText = (visit) =>
  visit.error
    ? `failed: ${visit.error}`
    : `load: max ${longestWithCause(visit.load)}, ${visit.load.length} long (${beforeFirstPaint(visit)} before the first paint) · scrolling (${visit.charts} charts): max ${longestWithCause(visit.scroll)}, ${visit.scroll.length} long`;

/**
 * Long tasks are counted in a browser that Playwright does not drive (scripts/lib/bare-chromium.mjs):
 * its instrumentation makes V8 slower as scripts first run, which is no part of a user's visit. Each
 * route is visited twice: in a fresh Chromium, and in one that has shown Chinese text before.
 * @param {string} baseUrl
 * @returns {Promise<LongTaskResult[]>}
 */
export async function longTaskStage(baseUrl) {
  /** @type {LongTaskResult[]} */
  const results = [];
  for (const route of ROUTES) {
    const fresh = await visitRoute(`${baseUrl}${route.path}`, openBarePage);
    const warm = await visitRoute(`${baseUrl}${route.path}`, openWarmBarePage);
    results.push({ route, fresh, warm });
    sampleLoad();
    console.log(`  ${route.path.padEnd(13)} fresh browser: ${visitText(fresh)}\n  ${''.padEnd(13)} Chinese shown before: ${visitText(warm)}`);
  }
  return results;
}
