// The benchmark's section of docs/PERFORMANCE.md: how each figure was measured, the tables, and the goals.
import { AREA_NAV_TARGET, BARE_SETTLE_MS, CHANGE_CHART, CPU_SLOWDOWN, FILTER_AREA, GOALS, INTERACTION_RUNS, NAV_TARGET, PRESETS, SECTION_HEADING } from './bench-config.mjs';
import { clsText, countRange, kb, longestText, msText, sec, table, verdict } from './bench-format.mjs';
import { longTaskSection } from './bench-report-long-tasks.mjs';
import { goalRows } from './bench-goals.mjs';
import { gzTotal, withinJsBudget } from './bench-js-stage.mjs';
import { METRIC_AUDITS } from './lighthouse.mjs';
import { median } from './perf-doc.mjs';

/**
 * @typedef {import('./bench-lighthouse-stage.mjs').LighthouseResult} LighthouseResult
 * @typedef {import('./bench-js-stage.mjs').JsResult} JsResult
 * @typedef {import('./bench-longtask-stage.mjs').LongTaskResult} LongTaskResult
 * @typedef {import('./bench-interaction-stage.mjs').InteractionRun} InteractionRun
 * @typedef {import('./bench-interaction-stage.mjs').InteractionResult} InteractionResult
 */

/**
 * @param {{
 *   date: string, machineLine: string, loads: Record<string, number>, peakLoad: number, runs: number, serverGzip: boolean, minutes: number,
 *   lighthouse: LighthouseResult[], js: JsResult[], longTasks: LongTaskResult[], controlTasks: Awaited<ReturnType<typeof import('./control-page.mjs').controlPageTasks>>,
 *   interactions: InteractionResult,
 * }} data
 */
export function buildSection(data) {
  const { lighthouse, js, longTasks: tasks, controlTasks, interactions } = data;
  /** @type {string[]} */
  const out = [SECTION_HEADING, ''];
  const loadLine = `${Object.entries(data.loads)
    .map(([when, value]) => `${value.toFixed(1)} ${when}`)
    .join(', ')}; peak ${data.peakLoad.toFixed(1)} (sampled after every measurement)`;
  out.push(
    `- Date: ${data.date}`,
    `- Machine: ${data.machineLine}`,
    `- Run time: ${data.minutes.toFixed(1)} min, build included.`,
    `- 1-minute load average: ${loadLine}. Other processes on the machine (test runs, builds) skew these numbers, Lighthouse's most of all: its simulated throttling scales the CPU time it observes, so a busy machine reads as a slow page. Rerun with \`npm run bench -- --no-build\` on a quiet machine before drawing conclusions.`,
    '- App: the production build (`npm run build`) served by `vite preview` (which serves scripts gzip-compressed: ' +
      `${data.serverGzip ? 'yes' : 'no'}), zh-CN, every visit cold: a new profile or browser context, so no HTTP cache and no service worker yet (the app registers its mock API, MSW's handlers in a service worker, \`/mock-api-worker.js\`).`,
    '',
  );

  // Lighthouse
  const runsText = `${data.runs} cold run${data.runs === 1 ? '' : 's'} per route`;
  for (const preset of PRESETS) {
    const rows = lighthouse.filter((result) => result.preset === preset);
    if (rows.length === 0) continue;
    out.push(
      `### Lighthouse 12.2.3, ${preset} preset`,
      '',
      preset === 'mobile'
        ? `Default config: moto g power emulation (412×823), simulated slow 4G and 4× CPU slowdown. ${runsText}, each in a new Chromium with an empty user-data-dir; the row shows the median run (runs ordered by score, then by LCP).`
        : `\`lighthouse/core/config/desktop-config.js\`: 1350×940, simulated fast network, no CPU slowdown. ${runsText}, each in a new Chromium with an empty user-data-dir; the row shows the median run (runs ordered by score, then by LCP).`,
      '',
      table(
        ['route', 'score (median run)', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', 'scores of all runs', 'TBT of all runs', 'observed first paint, all runs'],
        rows.map((result) => {
          const m = result.median;
          return [
            `\`${result.route.path}\``,
            m.score === null ? `failed: ${m.error}` : String(m.score),
            sec(m.fcp),
            sec(m.lcp),
            msText(m.tbt),
            clsText(m.cls),
            sec(m.si),
            result.runs.map((r) => (r.score === null ? 'failed' : String(r.score))).join(', '),
            // TBT swings most with the machine's load: every run's, beside the median run's.
            result.runs.map((r) => (r.score === null ? 'failed' : msText(r.tbt))).join(', '),
            result.runs.map((r) => sec(r.observedFcp)).join(', '),
          ];
        }),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'l', 'l'],
      ),
      '',
    );
  }
  if (lighthouse.length > 0) {
    const benchmarkIndexes = lighthouse.flatMap((result) => result.runs.map((r) => r.benchmarkIndex)).filter(Number.isFinite);
    const runLoads = lighthouse.flatMap((result) => result.loads);
    const range = (/** @type {number[]} */ values, /** @type {(v: number) => string} */ show) =>
      values.length ? `${show(Math.min(...values))}–${show(Math.max(...values))}` : '–';
    out.push(
      `Lighthouse runs only the five audits that carry the performance score's weight (${METRIC_AUDITS.map((id) => `\`${id}\``).join(', ')}); in Lighthouse 12 every other performance audit weighs 0, so the score is the same as the whole category's; beside them runs \`metrics\` (weight 0) for the first paint each browser actually showed, before any simulation. Where one run's is about a second later than the others', the browser held its first frame back that long with the page idle (traces show the frame painted, then nothing on the page's thread until it is shown; the app's code starts only after that paint), and that run's SI rises with it. The runs go one at a time. Over them the 1-minute load average ranged ${range(runLoads, (v) => v.toFixed(1))} and Lighthouse's benchmarkIndex for this machine ${range(benchmarkIndexes, (v) => String(Math.round(v)))} (higher is faster; it drops when the machine is busy, and TBT rises with it).`,
      '',
    );
  }

  // JavaScript
  if (js.length > 0) {
    out.push(
      '### First-visit JavaScript',
      '',
      `Chromium via Playwright, a new context per visit (zh-CN). Each route is loaded cold; once the network is quiet (no request for 500 ms) and the figures are on screen (on \`/\` the h1 2024年工作总览 and the first area's section, 新兴领域党建; on area pages the h1 and the 数据一览 region), every script response is counted: the entry and each chunk it imports, plus the mock API's service worker script \`/mock-api-worker.js\` (requested by the worker registration, counted once). Sizes are the response bodies gzipped here at zlib's default level (6), as \`vite preview\` sends them; 1 KB = 1000 bytes. "After scrolling" scrolls to the bottom half a screen every 250 ms until every chart has drawn: **the app loads Recharts (the \`recharts-base\` and \`bar-chart\` chunks) lazily, when the first chart comes near the viewport**, so it is in the first figure only where a chart is near the first screen. Budget: ≤ ${GOALS.jsKb} KB gzip after scrolling too, Recharts included, since a screen tall enough shows a chart at once.`,
      '',
      table(
        ['route', 'viewport', 'no scroll: KB gz (scripts)', 'after scrolling to the bottom: KB gz (scripts)', 'budget ≤ 250 KB', 'charts drawn'],
        js.map((result) =>
          result.error
            ? [`\`${result.route.path}\``, result.viewport.label, `failed: ${result.error}`, '–', 'FAIL', '–']
            : [
                `\`${result.route.path}\``,
                result.viewport.label,
                `${kb(gzTotal(result.noScroll))} (${result.noScroll.length})`,
                `${kb(gzTotal(result.scrolled))} (${result.scrolled.length})`,
                verdict(withinJsBudget(result)),
                `${result.scroll?.charts ?? 0}${result.scroll?.placeholdersLeft ? ` (${result.scroll.placeholdersLeft} not drawn)` : ''}`,
              ],
        ),
        ['l', 'l', 'r', 'r', 'l', 'r'],
      ),
      '',
      'Scripts loaded without scrolling (KB gzip / KB uncompressed):',
      '',
    );
    for (const result of js) {
      if (result.error) continue;
      const list = result.noScroll.map((s) => `\`${s.name}\` ${kb(s.gzipBytes)}/${kb(s.bytes)}${s.serviceWorker ? ' (service worker)' : ''}`).join(', ');
      const added = result.scrolled.filter((s) => !result.noScroll.some((other) => other.url === s.url));
      const addedText = added.length ? `; scrolling adds ${added.map((s) => `\`${s.name}\` ${kb(s.gzipBytes)}`).join(', ')}` : '; scrolling adds nothing';
      const notes = result.notes.length ? ` (${result.notes.join('; ')})` : '';
      out.push(`- \`${result.route.path}\` at ${result.viewport.label}: ${list}${addedText}${notes}`);
    }
    out.push('');
  }

  out.push(...longTaskSection(tasks, controlTasks));

  // Interactions
  /** The charts drawn before the nav between areas: a number, or a range over the runs. */
  const chartCount = countRange(interactions.areaNav.map((r) => r.charts)) || 'all';
  if (interactions.filter.length + interactions.chartFilter.length + interactions.nav.length + interactions.areaNav.length + interactions.errors.length > 0) {
    const row = (/** @type {string} */ name, /** @type {InteractionRun[]} */ runs) => {
      const med = median(runs.map((r) => r.ms));
      return [
        name,
        runs.length ? msText(med) : '–',
        runs.map((r) => Math.round(r.ms)).join(', ') || '–',
        runs.length ? msText(median(runs.map((r) => r.nextPaint))) : '–',
        runs.length ? longestText(runs.flatMap((r) => r.longTasks)) : '–',
        verdict(runs.length > 0 && med <= GOALS.interactionMs),
      ];
    };
    out.push(
      `### Interactions at ${CPU_SLOWDOWN}× CPU slowdown`,
      '',
      `${INTERACTION_RUNS} repetitions, each a cold visit to \`/\` at 1280×800 and ${CPU_SLOWDOWN}× slowdown in a fresh Chromium not driven by Playwright (as for long tasks), the figures shown + ${BARE_SETTLE_MS / 1000} s, then the four interactions in turn, each a real mouse click at the element's centre (CDP \`Input.dispatchMouseEvent\`) (the comparison chart is below the first screen: for the second it is first scrolled into view and drawn, a drawing per work area, the one the filter hides included, then the page goes back to the top; for the fourth, the page the third opened is scrolled through until every chart on it is drawn, then back to the top; that click is timed twice: to the new page's h1, and to its first chart's bars, which the goal's "switching routes … update the charts" asks for too). Time runs from the click event's \`timeStamp\` (when the browser received the input) to the end of the first frame showing the change (a MutationObserver sees the change, then a requestAnimationFrame callback, then a task posted from it, which runs after that frame's layout and paint). "Next paint after the click" is the click's Event Timing duration: from the input to the first frame painted after its handlers, whether or not that frame shows the change yet (the page's first response, what Chrome reports as INP; 16 ms stands for "under 16 ms", which the browser does not report).`,
      '',
      table(
        ['interaction', 'median', 'all runs (ms)', 'next paint after the click (median)', 'longest task (> 50 ms) during', 'goal ≤ 100 ms'],
        [
          row(`uncheck the filter ${FILTER_AREA.name} on \`/\` → its section gone`, interactions.filter),
          row(`tick it again, the comparison chart drawn → the chart shows its bar ${CHANGE_CHART.barOf}`, interactions.chartFilter),
          row(`nav link \`/\` → \`${NAV_TARGET.path}\` → its h1 visible`, interactions.nav),
          row(`then, its ${chartCount} charts drawn, nav link \`${NAV_TARGET.path}\` → \`${AREA_NAV_TARGET.path}\` → its h1 visible`, interactions.areaNav),
          row(`the same click → the first chart on \`${AREA_NAV_TARGET.path}\` shows its bars`, interactions.areaNavChart),
        ],
        ['l', 'r', 'l', 'r', 'r', 'l'],
      ),
      '',
    );
    if (interactions.errors.length) out.push(`Failed repetitions: ${interactions.errors.join('; ')}`, '');
  }

  // Goals
  out.push('### Goals', '', table(['goal', 'measured', 'result'], goalRows(data), ['l', 'l', 'l']), '');
  out.push('Benchmarks never fail the build: `npm run bench` exits 0 whether or not the goals are met.', '');
  return out.join('\n');
}
