// Stage 4 of the benchmark: the timed interactions at 4× CPU slowdown, in a fresh Chromium that
// Playwright does not drive (scripts/lib/bare-chromium.mjs).
import { openBarePage } from './bare-chromium.mjs';
import { AREA_NAV_TARGET, BARE_SETTLE_MS, BARE_VIEWPORT, CHANGE_CHART, CPU_SLOWDOWN, FILTER_AREA, INTERACTION_RUNS, NAV_TARGET, SETTLE_MS } from './bench-config.mjs';
import { errorText, longestText, msText } from './bench-format.mjs';
import { sampleLoad } from './bench-load-average.mjs';
import { TASK_TAIL_MS, timeClickToFrame } from './click-timing.mjs';
import { installProbes, scrollThrough, waitForFiguresBare, waitUntil } from './page-probes.mjs';

/**
 * @typedef {{ ms: number, nextPaint: number, longTasks: import('./page-probes.mjs').LongTask[] }} InteractionRun
 * @typedef {{ filter: InteractionRun[], chartFilter: InteractionRun[], nav: InteractionRun[], areaNav: (InteractionRun & { charts: number })[], areaNavChart: InteractionRun[], errors: string[] }} InteractionResult
 */

/**
 * Each repetition: a cold visit to `/` at 4× slowdown in a fresh bare Chromium (as for long tasks: not
 * driven by Playwright, which would slow the first run of every code path), the figures shown + 3 s,
 * then (a) uncheck the 新兴领域党建 filter and time click → the frame where its section is gone; (b)
 * scroll the comparison chart into view until Recharts has drawn it, back to the top, then tick the
 * filter again and time click → the frame where the chart shows that area's bar again; then (c) click
 * the nav link to /governance and time click → the frame where its h1 is visible; (d) scroll through
 * /governance until its six charts are drawn, back to the top, then click the nav link to /new-sectors
 * and time click → the frame where its h1 is visible, and click → the frame where its first chart shows
 * its bars. Clicks are real mouse events at the element's
 * centre (CDP Input.dispatchMouseEvent).
 * @param {string} baseUrl
 * @returns {Promise<InteractionResult>}
 */
export async function interactionStage(baseUrl) {
  /** @type {InteractionResult} */
  const result = { filter: [], chartFilter: [], nav: [], areaNav: [], areaNavChart: [], errors: [] };
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
      const { chart, ...areaNav } = await timeAreaNav(page);
      result.areaNav.push(areaNav);
      result.areaNavChart.push(chart);
      console.log(
        `  run ${i + 1}/${INTERACTION_RUNS}: filter ${msText(filter.ms)} (next paint ${msText(filter.nextPaint)}, longest task ${longestText(filter.longTasks)}) · with the chart drawn ${msText(chartFilter.ms)} (next paint ${msText(chartFilter.nextPaint)}, longest task ${longestText(chartFilter.longTasks)}) · nav → ${NAV_TARGET.path} ${msText(nav.ms)} (next paint ${msText(nav.nextPaint)}, longest task ${longestText(nav.longTasks)}) · nav → ${AREA_NAV_TARGET.path} with ${areaNav.charts} charts drawn ${msText(areaNav.ms)} (next paint ${msText(areaNav.nextPaint)}, longest task ${longestText(areaNav.longTasks)}), its first chart ${msText(chart.ms)}`,
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

/** A chart's bars on screen: on a page left behind, hidden, they are not. */
const CHART_BARS = { visible: '.recharts-wrapper .recharts-rectangle' };

/**
 * On NAV_TARGET: draws every chart (scrolling through), goes back to the top, then times the nav link
 * to AREA_NAV_TARGET, click → the frame where its h1 is visible, and click → the frame where its
 * first chart shows its bars (`chart`, with the long tasks until then).
 * @param {import('./bare-chromium.mjs').BarePage} page
 * @returns {Promise<InteractionRun & { charts: number, chart: InteractionRun }>}
 */
async function timeAreaNav(page) {
  const { charts } = await scrollThrough(page, { timeoutMs: 60_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(SETTLE_MS);
  const nav = await timeClickToFrame(page, { visible: 'h1', text: AREA_NAV_TARGET.name }, () => page.click(`nav a[href="${AREA_NAV_TARGET.path}"]`), {
    later: CHART_BARS,
  });
  const pathname = await page.evaluate(() => window.location.pathname);
  if (pathname !== AREA_NAV_TARGET.path) throw new Error(`The nav link led to ${pathname}, not ${AREA_NAV_TARGET.path}`);
  const chartFrame = nav.laterMs ?? Number.NaN;
  // The long tasks of each, as for every interaction: those begun before its frame or shortly after.
  const until = (/** @type {number} */ ms) => nav.longTasks.filter((task) => task.start < nav.clickAt + ms + TASK_TAIL_MS);
  return {
    ms: nav.ms,
    nextPaint: nav.nextPaint,
    longTasks: until(nav.ms),
    charts,
    chart: { ms: chartFrame, nextPaint: nav.nextPaint, longTasks: until(chartFrame) },
  };
}
