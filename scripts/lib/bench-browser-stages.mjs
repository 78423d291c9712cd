// Stages 3 and 4 of the benchmark: long tasks per route and the timed interactions, both at 4× CPU
// slowdown in a fresh Chromium that Playwright does not drive (scripts/lib/bare-chromium.mjs).
import { openBarePage } from './bare-chromium.mjs';
import { AREA_NAV_TARGET, BARE_SETTLE_MS, BARE_VIEWPORT, CHANGE_CHART, CPU_SLOWDOWN, FILTER_AREA, INTERACTION_RUNS, NAV_TARGET, ROUTES, SETTLE_MS } from './bench-config.mjs';
import { errorText, longestText, longestWithCause, msText } from './bench-format.mjs';
import { sampleLoad } from './bench-load-average.mjs';
import { timeClickToFrame } from './click-timing.mjs';
import { installProbes, longTasks, scrollThrough } from './page-probes.mjs';
import { openWarmBarePage } from './warm-browser.mjs';

// ---------------------------------------------------------------------------------------------------
// Stage 3: long tasks at 4× CPU slowdown

/**
 * @typedef {object} RouteVisit
 * @property {import('./page-probes.mjs').LongTask[]} load     during the load, until the figures show + BARE_SETTLE_MS
 * @property {import('./page-probes.mjs').LongTask[]} scroll   while scrolling through (charts drawing)
 * @property {number} charts
 * @property {string} [error]
 *
 * @typedef {object} LongTaskResult
 * @property {import('./bench-config.mjs').Route} route
 * @property {RouteVisit} fresh  in a fresh Chromium
 * @property {RouteVisit} warm   in one that has shown another site's Chinese page first (warm-browser.mjs)
 */

/**
 * Waits until a bare page shows figures: its h1 and at least one figure card (an article in main).
 * @param {import('./bare-chromium.mjs').BarePage} page
 * @param {number} timeoutMs
 */
function waitForFiguresBare(page, timeoutMs) {
  return waitUntil(page, () => Boolean(document.querySelector('h1') && document.querySelector('main article')), undefined, timeoutMs);
}

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

/** @param {RouteVisit} visit */
const visitText = (visit) =>
  visit.error
    ? `failed: ${visit.error}`
    : `load: max ${longestWithCause(visit.load)}, ${visit.load.length} long · scrolling (${visit.charts} charts): max ${longestWithCause(visit.scroll)}, ${visit.scroll.length} long`;

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

// ---------------------------------------------------------------------------------------------------
// Stage 4: interactions at 4× CPU slowdown

/**
 * @typedef {{ ms: number, nextPaint: number, longTasks: import('./page-probes.mjs').LongTask[] }} InteractionRun
 * @typedef {{ filter: InteractionRun[], chartFilter: InteractionRun[], nav: InteractionRun[], areaNav: (InteractionRun & { charts: number })[], errors: string[] }} InteractionResult
 */

/**
 * Each repetition: a cold visit to `/` at 4× slowdown in a fresh bare Chromium (as for long tasks: not
 * driven by Playwright, which would slow the first run of every code path), the figures shown + 3 s,
 * then (a) uncheck the 新兴领域党建 filter and time click → the frame where its section is gone; (b)
 * scroll the comparison chart into view until Recharts has drawn it, back to the top, then tick the
 * filter again and time click → the frame where the chart shows that area's bar again; then (c) click
 * the nav link to /governance and time click → the frame where its h1 is visible; (d) scroll through
 * /governance until its six charts are drawn, back to the top, then click the nav link to /new-sectors
 * and time click → the frame where its h1 is visible. Clicks are real mouse events at the element's
 * centre (CDP Input.dispatchMouseEvent).
 * @param {string} baseUrl
 * @returns {Promise<InteractionResult>}
 */
export async function interactionStage(baseUrl) {
  /** @type {InteractionResult} */
  const result = { filter: [], chartFilter: [], nav: [], areaNav: [], errors: [] };
  const { width, height } = BARE_VIEWPORT;
  const sectionSelector = `section[aria-labelledby="overview-${FILTER_AREA.id}"]`;
  const checkbox = `input[type="checkbox"][value="${FILTER_AREA.id}"]`;
  const navLink = `nav a[href="${NAV_TARGET.path}"]`;
  for (let i = 0; i < INTERACTION_RUNS; i += 1) {
    const page = await openBarePage({ width, height, cpuSlowdown: CPU_SLOWDOWN, initScript: installProbes });
    try {
      await page.goto(`${baseUrl}/`);
      await waitForFiguresBare(page, 60_000);
      await page.waitForTimeout(BARE_SETTLE_MS);

      const filter = await timeClickToFrame(page, { absent: sectionSelector }, () => page.click(checkbox));
      result.filter.push({ ms: filter.ms, nextPaint: filter.nextPaint, longTasks: filter.longTasks });

      await page.evaluate((css) => document.querySelector(css)?.scrollIntoView({ block: 'center', behavior: 'instant' }), CHANGE_CHART.selector);
      // Every area's drawing, the one the filter hides included: none still a placeholder.
      await waitUntil(
        page,
        (css) => document.querySelector(`${css} .recharts-wrapper`) !== null && document.querySelector(`${css} .chart-placeholder`) === null,
        CHANGE_CHART.selector,
        60_000,
      );
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(SETTLE_MS);
      const chartFilter = await timeClickToFrame(page, { visible: `${CHANGE_CHART.selector} .recharts-wrapper text`, text: CHANGE_CHART.barOf }, () => page.click(checkbox));
      result.chartFilter.push({ ms: chartFilter.ms, nextPaint: chartFilter.nextPaint, longTasks: chartFilter.longTasks });

      await page.waitForTimeout(SETTLE_MS);
      const nav = await timeClickToFrame(page, { visible: 'h1', text: NAV_TARGET.name }, () => page.click(navLink));
      result.nav.push({ ms: nav.ms, nextPaint: nav.nextPaint, longTasks: nav.longTasks });
      sampleLoad();
      const pathname = await page.evaluate(() => window.location.pathname);
      if (pathname !== NAV_TARGET.path) throw new Error(`The nav link led to ${pathname}, not ${NAV_TARGET.path}`);
      const areaNav = await timeAreaNav(page);
      result.areaNav.push(areaNav);
      console.log(
        `  run ${i + 1}/${INTERACTION_RUNS}: filter ${msText(filter.ms)} (next paint ${msText(filter.nextPaint)}, longest task ${longestText(filter.longTasks)}) · with the chart drawn ${msText(chartFilter.ms)} (next paint ${msText(chartFilter.nextPaint)}, longest task ${longestText(chartFilter.longTasks)}) · nav → ${NAV_TARGET.path} ${msText(nav.ms)} (next paint ${msText(nav.nextPaint)}, longest task ${longestText(nav.longTasks)}) · nav → ${AREA_NAV_TARGET.path} with ${areaNav.charts} charts drawn ${msText(areaNav.ms)} (next paint ${msText(areaNav.nextPaint)}, longest task ${longestText(areaNav.longTasks)})`,
      );
    } catch (error) {
      result.errors.push(`run ${i + 1}: ${errorText(error)}`);
      console.log(`  run ${i + 1}/${INTERACTION_RUNS}: failed: ${errorText(error)}`);
    } finally {
      await page.close();
    }
  }
  return result;
}

/**
 * On NAV_TARGET: draws every chart (scrolling through), goes back to the top, then times the nav link
 * to AREA_NAV_TARGET, click → the frame where its h1 is visible.
 * @param {import('./bare-chromium.mjs').BarePage} page
 * @returns {Promise<InteractionRun & { charts: number }>}
 */
async function timeAreaNav(page) {
  const { charts } = await scrollThrough(page, { timeoutMs: 60_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(SETTLE_MS);
  const nav = await timeClickToFrame(page, { visible: 'h1', text: AREA_NAV_TARGET.name }, () => page.click(`nav a[href="${AREA_NAV_TARGET.path}"]`));
  const pathname = await page.evaluate(() => window.location.pathname);
  if (pathname !== AREA_NAV_TARGET.path) throw new Error(`The nav link led to ${pathname}, not ${AREA_NAV_TARGET.path}`);
  return { ms: nav.ms, nextPaint: nav.nextPaint, longTasks: nav.longTasks, charts };
}

/**
 * Polls a condition in a bare page until it holds.
 * @template A
 * @param {import('./bare-chromium.mjs').BarePage} page
 * @param {(arg: A) => boolean} condition
 * @param {A} arg
 * @param {number} timeoutMs
 */
async function waitUntil(page, condition, arg, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(condition, arg))) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${condition.toString()}`);
    await page.waitForTimeout(100);
  }
}
