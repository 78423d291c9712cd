// Stage 3 of the benchmark: long tasks per route at 4× CPU slowdown, in a fresh Chromium that
// Playwright does not drive (scripts/lib/bare-chromium.mjs).
import { openBarePage } from './bare-chromium.mjs';
import { BARE_SETTLE_MS, BARE_VIEWPORT, CPU_SLOWDOWN, LONG_TASK_VISITS, ROUTES } from './bench-config.mjs';
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
 * @property {RouteVisit[]} fresh  each in a fresh Chromium
 * @property {RouteVisit[]} warm   each in one that has shown another site's Chinese page first (warm-browser.mjs)
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
 * The goal for one route: every visit, in both browser states, went through without a task over 50 ms.
 * @param {LongTaskResult} result
 */
export const routePasses = ({ fresh, warm }) => [...fresh, ...warm].every(withoutLongTasks) && fresh.length > 0 && warm.length > 0;

/**
 * How many of a visit's load tasks over 50 ms started before its first paint: the browser's first
 * frame (parsing, the inline display-settings script, the first layout), not the app's later work.
 * @param {RouteVisit} visit
 */
export const beforeFirstPaint = (visit) => visit.load.filter((task) => visit.firstPaint !== undefined && task.start < visit.firstPaint).length;

/** A visit's tasks over 50 ms, loading and scrolling. @param {RouteVisit} visit */
export const allTasks = (visit) => [...visit.load, ...visit.scroll];

/**
 * The visits that went through, how many did not, and every task over 50 ms of the ones that did.
 * @param {RouteVisit[]} visits
 */
export function visitsSummary(visits) {
  const done = visits.filter((visit) => !visit.error);
  return { done, failed: visits.length - done.length, tasks: done.flatMap(allTasks) };
}

/** @param {RouteVisit} visit */
const visitText = (visit) =>
  visit.error
    ? `failed: ${visit.error}`
    : `load: max ${longestWithCause(visit.load)}, ${visit.load.length} long (${beforeFirstPaint(visit)} before the first paint) · scrolling (${visit.charts} charts): max ${longestWithCause(visit.scroll)}, ${visit.scroll.length} long`;

/**
 * Long tasks are counted in a browser that Playwright does not drive (scripts/lib/bare-chromium.mjs):
 * its instrumentation makes V8 slower as scripts first run, which is no part of a user's visit. Each
 * route is visited LONG_TASK_VISITS times in a fresh Chromium and as often in one that has shown
 * Chinese text before; the routes take turns, so a spell of load on the machine falls on all of them.
 * @param {string} baseUrl
 * @returns {Promise<LongTaskResult[]>}
 */
export async function longTaskStage(baseUrl) {
  /** @type {LongTaskResult[]} */
  const results = ROUTES.map((route) => ({ route, fresh: [], warm: [] }));
  for (let round = 1; round <= LONG_TASK_VISITS; round++) {
    for (const result of results) {
      const url = `${baseUrl}${result.route.path}`;
      const fresh = await visitRoute(url, openBarePage);
      const warm = await visitRoute(url, openWarmBarePage);
      result.fresh.push(fresh);
      result.warm.push(warm);
      sampleLoad();
      console.log(`  ${result.route.path.padEnd(13)} visit ${round}/${LONG_TASK_VISITS}, fresh browser: ${visitText(fresh)}\n  ${''.padEnd(13)} Chinese shown before: ${visitText(warm)}`);
    }
  }
  return results;
}
