// The goals table: one row per goal, what was measured and PASS or FAIL. The report prints it and the
// command line echoes it as BENCH lines.
import { CPU_SLOWDOWN, GOALS } from './bench-config.mjs';
import { clsText, kb, longestText, msText, sec, verdict } from './bench-format.mjs';
import { routePasses, visitsSummary } from './bench-longtask-stage.mjs';
import { gzTotal, withinJsBudget } from './bench-js-stage.mjs';
import { median } from './perf-doc.mjs';

/**
 * @typedef {import('./bench-lighthouse-stage.mjs').LighthouseResult} LighthouseResult
 * @typedef {import('./bench-js-stage.mjs').JsResult} JsResult
 * @typedef {import('./bench-longtask-stage.mjs').LongTaskResult} LongTaskResult
 * @typedef {import('./bench-interaction-stage.mjs').InteractionRun} InteractionRun
 * @typedef {import('./bench-interaction-stage.mjs').InteractionResult} InteractionResult
 */

/**
 * @param {{ lighthouse: LighthouseResult[], js: JsResult[], longTasks: LongTaskResult[], interactions: InteractionResult }} data
 * @returns {string[][]}
 */
export function goalRows({ lighthouse, js, longTasks: tasks, interactions }) {
  /** @type {string[][]} */
  const rows = [];
  const byPreset = (/** @type {string} */ preset) => lighthouse.filter((result) => result.preset === preset);
  /**
   * @param {string} goal
   * @param {LighthouseResult[]} results
   * @param {(run: import('./lighthouse.mjs').LighthouseRun) => number | null} pick
   * @param {(value: number) => string} show
   * @param {(value: number) => boolean} ok
   */
  const lighthouseGoal = (goal, results, pick, show, ok) => {
    if (results.length === 0) return;
    const parts = results.map((result) => {
      const value = pick(result.median);
      return { text: `${result.preset === 'mobile' ? 'm' : 'd'} \`${result.route.path}\` ${value === null ? 'failed' : show(value)}`, pass: value !== null && Number.isFinite(value) && ok(value) };
    });
    rows.push([goal, parts.map((part) => part.text).join(', '), verdict(parts.every((part) => part.pass))]);
  };
  lighthouseGoal('Lighthouse performance score 100 (median run), mobile and desktop', lighthouse, (r) => r.score, String, (v) => v >= GOALS.score);
  lighthouseGoal('mobile LCP ≤ 1.5 s', byPreset('mobile'), (r) => r.lcp, sec, (v) => v <= GOALS.mobileLcpMs);
  lighthouseGoal('TBT ≤ 50 ms, mobile and desktop', lighthouse, (r) => r.tbt, msText, (v) => v <= GOALS.tbtMs);
  lighthouseGoal('CLS ≤ 0.02, mobile and desktop', lighthouse, (r) => r.cls, clsText, (v) => v <= GOALS.cls);
  if (js.length > 0) {
    const parts = js.map((result) => ({
      text: `\`${result.route.path}\` ${result.viewport.label} ${result.error ? 'failed' : kb(gzTotal(result.scrolled))}`,
      pass: withinJsBudget(result),
    }));
    rows.push(['first-visit JavaScript ≤ 250 KB gzip, every chart drawn (KB per route)', parts.map((p) => p.text).join(', '), verdict(parts.every((p) => p.pass))]);
  }
  if (tasks.length > 0) {
    /** @param {import('./bench-longtask-stage.mjs').RouteVisit[]} visits */
    const visitsText = (visits) => {
      const { done, failed, tasks: found } = visitsSummary(visits);
      return `${found.length} in ${done.length} visits${failed ? ` (${failed} failed)` : ''}${found.length ? `, longest ${longestText(found)}` : ''}`;
    };
    const parts = tasks.map((result) => ({
      text: `\`${result.route.path}\` ${visitsText(result.fresh)} / ${visitsText(result.warm)}`,
      pass: routePasses(result),
    }));
    rows.push([`no task > 50 ms at ${CPU_SLOWDOWN}× (load and scrolling; tasks per route, fresh browser / Chinese shown before)`, parts.map((p) => p.text).join(', '), verdict(parts.every((p) => p.pass))]);
  }
  const timed = [
    ['filter', interactions.filter],
    ['filter with the chart drawn', interactions.chartFilter],
    ['nav', interactions.nav],
    ['nav between areas', interactions.areaNav],
    ['its first chart', interactions.areaNavChart],
  ].map(([name, runs]) => ({ name, runs: /** @type {InteractionRun[]} */ (runs) }));
  if (timed.some(({ runs }) => runs.length > 0) || interactions.errors.length > 0) {
    const medians = timed.map(({ name, runs }) => ({ name, runs, ms: median(runs.map((r) => r.ms)) }));
    const pass = medians.every(({ runs, ms }) => runs.length > 0 && ms <= GOALS.interactionMs);
    rows.push([`interactions ≤ 100 ms at ${CPU_SLOWDOWN}× (median)`, medians.map(({ name, ms }) => `${name} ${msText(ms)}`).join(', '), verdict(pass)]);
  }
  return rows;
}
