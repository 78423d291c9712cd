// The long-task part of the benchmark's section of docs/PERFORMANCE.md: how the visits were made, a
// row per route, a line over all visits, and the control pages to read them against.
import { BARE_SETTLE_MS, CPU_SLOWDOWN, LONG_TASK_VISITS } from './bench-config.mjs';
import { countRange, longestText, longestWithCause, table, verdict } from './bench-format.mjs';
import { allTasks, beforeFirstPaint, routePasses, visitsSummary, withoutLongTasks } from './bench-longtask-stage.mjs';

/**
 * @typedef {import('./bench-longtask-stage.mjs').RouteVisit} RouteVisit
 * @typedef {import('./bench-longtask-stage.mjs').LongTaskResult} LongTaskResult
 * @typedef {Awaited<ReturnType<typeof import('./control-page.mjs').controlPageTasks>>} ControlTasks
 */

/**
 * Each visit's count of tasks over 50 ms, e.g. "1, 0, 2+1 scrolling" ("failed" for a visit that did
 * not go through).
 * @param {RouteVisit[]} visits
 */
const countsText = (visits) =>
  visits.map((visit) => (visit.error ? 'failed' : `${visit.load.length}${visit.scroll.length ? `+${visit.scroll.length} scrolling` : ''}`)).join(', ');

/** Each visit's count of load tasks over 50 ms that started before its first paint. @param {RouteVisit[]} visits */
const beforeFirstPaintText = (visits) => visits.map((visit) => (visit.error ? '–' : String(beforeFirstPaint(visit)))).join(', ');

/** @param {RouteVisit[]} visits */
const longestOf = (visits) => longestWithCause(visitsSummary(visits).tasks);

/**
 * What all the visits add up to: how many had no long task, and how the tasks fall either side of
 * the first paint.
 * @param {LongTaskResult[]} results
 */
function summaryLine(results) {
  const { done, failed, tasks } = visitsSummary(results.flatMap(({ fresh, warm }) => [...fresh, ...warm]));
  const early = done.reduce((sum, visit) => sum + beforeFirstPaint(visit), 0);
  const lateVisits = done.filter((visit) => allTasks(visit).length > beforeFirstPaint(visit)).length;
  const unpainted = done.filter((visit) => visit.firstPaint === undefined).length;
  return (
    `Over the ${done.length} visits that went through${failed ? ` (${failed} failed)` : ''}: ${done.filter(withoutLongTasks).length} had no task over 50 ms; ` +
    `of the ${tasks.length} tasks over 50 ms, ${early} started before the page's first paint and ${tasks.length - early} after it, in ${lateVisits} of the visits.` +
    (unpainted ? ` ${unpainted} visit${unpainted === 1 ? '' : 's'} recorded no first paint: ${unpainted === 1 ? 'its' : 'their'} tasks are all counted after it.` : '')
  );
}

/** @param {LongTaskResult[]} results */
function failures(results) {
  const lines = results.flatMap(({ route, fresh, warm }) =>
    [...fresh.map((visit, i) => ({ visit, label: `fresh browser, visit ${i + 1}` })), ...warm.map((visit, i) => ({ visit, label: `Chinese shown before, visit ${i + 1}` }))]
      .filter(({ visit }) => visit.error)
      .map(({ visit, label }) => `\`${route.path}\` ${label}: ${visit.error}`),
  );
  return lines.length ? [`Failed visits: ${lines.join('; ')}`, ''] : [];
}

/** @param {ControlTasks} controlTasks */
function controlText(controlTasks) {
  const visitCount = controlTasks[0].visits.length;
  const pages = controlTasks.map(({ page, visits }, index) => {
    const over = visits.filter((tasks) => tasks.length > 0).length;
    return `(${index + 1}) ${page.description}: ${visits.map((tasks) => longestText(tasks)).join(', ')} (${over} of ${visits.length} visits over 50 ms)`;
  });
  return `For comparison, what the browser alone costs here: pages with no script (\`scripts/lib/control-page.mjs\`), served over HTTP and each visited the same way ${visitCount} times, each visit in a fresh Chromium. Their longest task per visit: ${pages.join('; ')}. Those tasks are the browser's own work on a cold visit: parsing, starting the page and, at the first layout, setting up a CJK font for each weight it shows (the font lookups happen in the browser process, and the page waits for them). Every route shows bold headings over regular text, so in a fresh browser its first layout pays what the second page does; read the routes' fresh-browser columns against it, and the "Chinese shown before" columns against the third.`;
}

/**
 * @param {LongTaskResult[]} results
 * @param {ControlTasks} controlTasks
 * @returns {string[]}  the section's lines; none when the stage did not run
 */
export function longTaskSection(results, controlTasks) {
  if (results.length === 0) return [];
  return [
    `### Long tasks at ${CPU_SLOWDOWN}× CPU slowdown`,
    '',
    `Cold visits in Chromium, not driven by Playwright: only the DevTools pipe is attached, with nothing enabled but the Page domain for the init script (\`scripts/lib/bare-chromium.mjs\`). Under Playwright, which enables the Runtime domain on every page it drives, V8 does extra work as each script first runs: React DOM's module evaluation took 77–112 ms at 1× there and stayed under 10 ms here, so Playwright's figures would describe the test harness, not a user's visit. 1280×800, CDP \`Emulation.setCPUThrottlingRate {rate: ${CPU_SLOWDOWN}}\`, ${LONG_TASK_VISITS} cold visits per route in a fresh Chromium and ${LONG_TASK_VISITS} in one that has shown Chinese text before (below the table), the routes taking turns. A PerformanceObserver for \`longtask\` (buffered, installed by an init script before the page's own scripts) records every task over 50 ms: during the load until the figures show + ${BARE_SETTLE_MS / 1000} s, then while scrolling through the page so that every chart draws (until no chart placeholder is left, + ${BARE_SETTLE_MS / 1000} s). Beside the longest task is what filled it, from the Long Animation Frame that holds it (\`long-animation-frame\` entries, observed the same way): the longest script in that frame ("evaluating" a module, or a callback — React renders from its scheduler's \`MessagePort.onmessage\` in \`client-….js\`, React DOM's chunk; a timer \"calling a built-in function\" is a promise's resolve, and the code awaiting it, the app's \`src/next-task.ts\` or a chunk's top-level await, runs in the same task) or the frame's style and layout, whichever took longer, named only when it fills at least half of the task (what is left is the browser's own work, which the frame does not break down). A load task that starts before the page's first paint (its \`first-contentful-paint\` entry) is the browser's first frame: parsing, the inline display-settings script and the first layout.`,
    '',
    table(
      ['route', 'fresh browser: tasks > 50 ms, per visit', 'of them before the first paint', 'longest of all visits', 'Chinese shown before: tasks > 50 ms, per visit', 'of them before the first paint', 'longest of all visits', 'charts drawn', 'goal: none > 50 ms'],
      results.map((result) => [
        `\`${result.route.path}\``,
        countsText(result.fresh),
        beforeFirstPaintText(result.fresh),
        longestOf(result.fresh),
        countsText(result.warm),
        beforeFirstPaintText(result.warm),
        longestOf(result.warm),
        countRange(visitsSummary([...result.fresh, ...result.warm]).done.map((visit) => visit.charts)) || '–',
        verdict(routePasses(result)),
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
    summaryLine(results),
    '',
    ...failures(results),
    `"Chinese shown before": each route visited again the same way, in a fresh Chromium that has first shown another site's page of Chinese text in the app's font stack (a \`data:\` URL: no origin of the app's; \`scripts/lib/warm-browser.mjs\`). A user's browser has, and it has set up its CJK fonts then: what is left is the page's own work.`,
    '',
    ...(controlTasks.length > 0 ? [controlText(controlTasks), ''] : []),
  ];
}
