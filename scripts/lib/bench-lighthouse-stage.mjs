// Stage 1 of the benchmark: Lighthouse, every route under each preset, one run at a time.
import { PRESETS, ROUTES } from './bench-config.mjs';
import { clsText, msText, sec } from './bench-format.mjs';
import { sampleLoad } from './bench-load-average.mjs';
import { medianRun, runLighthouse } from './lighthouse.mjs';

/**
 * @typedef {{ route: import('./bench-config.mjs').Route, preset: import('./lighthouse.mjs').LighthousePreset, runs: import('./lighthouse.mjs').LighthouseRun[], median: import('./lighthouse.mjs').LighthouseRun, loads: number[] }} LighthouseResult
 *   loads: the 1-minute load average after each run
 */

/**
 * @param {string} baseUrl
 * @param {number} runs
 * @returns {Promise<LighthouseResult[]>}
 */
export async function lighthouseStage(baseUrl, runs) {
  /** @type {LighthouseResult[]} */
  const results = [];
  for (const preset of PRESETS) {
    for (const route of ROUTES) {
      /** @type {import('./lighthouse.mjs').LighthouseRun[]} */
      const done = [];
      /** @type {number[]} */
      const loads = [];
      for (let i = 0; i < runs; i += 1) {
        const result = await runLighthouse(`${baseUrl}${route.path}`, preset);
        done.push(result);
        loads.push(sampleLoad());
        console.log(
          `  ${preset.padEnd(7)} ${route.path.padEnd(13)} run ${i + 1}/${runs}: ` +
            (result.score === null
              ? `failed: ${result.error}`
              : `score ${result.score}  FCP ${sec(result.fcp)}  LCP ${sec(result.lcp)}  TBT ${msText(result.tbt)}  CLS ${clsText(result.cls)}  SI ${sec(result.si)}`) +
            `  (${result.seconds.toFixed(0)} s, benchmarkIndex ${Math.round(result.benchmarkIndex)}, load ${loads.at(-1)})`,
        );
        for (const warning of result.warnings) console.log(`    warning: ${warning}`);
      }
      results.push({ route, preset, runs: done, median: medianRun(done), loads });
    }
  }
  return results;
}
