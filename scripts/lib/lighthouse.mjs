// Lighthouse (Node API, lighthouse 12) on Debian's Chromium, one cold run per call.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.mjs';

/**
 * The five audits that carry the performance score's weight in Lighthouse 12 (FCP 10, SI 10, LCP 25,
 * TBT 30, CLS 25; every other performance audit weighs 0). Running only these gives the same score as the
 * whole category, in less time, and skips `largest-contentful-paint-element`, which errors on this
 * Chromium ("RootCauses … frame_sequence").
 */
export const METRIC_AUDITS = Object.freeze([
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
]);

/** Weighs 0: run beside the five for what the browser showed, unsimulated (its observed first paint). */
const OBSERVED_AUDIT = 'metrics';

/**
 * @typedef {'mobile' | 'desktop'} LighthousePreset
 *   mobile: Lighthouse's default config (moto g power emulation, simulated slow 4G and 4× CPU);
 *   desktop: lighthouse/core/config/desktop-config.js.
 */

/**
 * @typedef {object} LighthouseRun
 * @property {number | null} score  0–100, null when the run failed
 * @property {number} fcp  ms
 * @property {number} lcp  ms
 * @property {number} tbt  ms
 * @property {number} cls
 * @property {number} si   ms
 * @property {number} observedFcp  ms: when this browser showed its first contentful paint, before any simulation
 * @property {number} benchmarkIndex  Lighthouse's measure of this machine's speed at the time (higher is faster)
 * @property {string[]} warnings
 * @property {string | undefined} error
 * @property {number} seconds  wall time of the run, Chromium start to stop
 */

/**
 * Runs Lighthouse's performance metrics once on `url`, in a Chromium started for this run alone with a
 * new, empty user-data-dir (a cold first visit: no HTTP cache, no service worker), then stops Chromium and
 * deletes the profile.
 * @param {string} url
 * @param {LighthousePreset} preset
 * @returns {Promise<LighthouseRun>}
 */
export async function runLighthouse(url, preset) {
  const started = performance.now();
  const [{ default: lighthouse }, chromeLauncher, config] = await Promise.all([
    import('lighthouse'),
    import('chrome-launcher'),
    preset === 'desktop' ? import('lighthouse/core/config/desktop-config.js').then((module) => module.default) : undefined,
  ]);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-lh-profile-'));
  /** @type {import('chrome-launcher').LaunchedChrome | undefined} */
  let chrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS], userDataDir, logLevel: 'silent' });
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: 'error', onlyAudits: [...METRIC_AUDITS, OBSERVED_AUDIT], disableFullPageScreenshot: true },
      config,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    const audits = lhr.audits;
    const value = (/** @type {string} */ id) => audits[id]?.numericValue ?? Number.NaN;
    const score = lhr.categories.performance?.score;
    const auditErrors = METRIC_AUDITS.map((id) => audits[id]?.errorMessage).filter(Boolean);
    return {
      score: typeof score === 'number' ? Math.round(score * 100) : null,
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      si: value('speed-index'),
      observedFcp: observedFirstPaint(audits[OBSERVED_AUDIT]),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      warnings: [...lhr.runWarnings],
      error: lhr.runtimeError?.message ?? (auditErrors.length ? auditErrors.join('; ') : undefined),
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    return {
      score: null,
      fcp: Number.NaN,
      lcp: Number.NaN,
      tbt: Number.NaN,
      cls: Number.NaN,
      si: Number.NaN,
      observedFcp: Number.NaN,
      benchmarkIndex: Number.NaN,
      warnings: [],
      error: error instanceof Error ? error.message : String(error),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await chrome?.kill();
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
  }
}

/**
 * The median run: runs ordered worst to best (score ascending, then LCP descending), the middle one
 * (for an even count, the worse of the two middle ones). Failed runs count as the worst.
 * @param {LighthouseRun[]} runs
 * @returns {LighthouseRun}
 */
export function medianRun(runs) {
  const ordered = [...runs].sort((a, b) => {
    const scoreA = a.score ?? -1;
    const scoreB = b.score ?? -1;
    if (scoreA !== scoreB) return scoreA - scoreB;
    const lcpA = Number.isFinite(a.lcp) ? a.lcp : Infinity;
    const lcpB = Number.isFinite(b.lcp) ? b.lcp : Infinity;
    return lcpB - lcpA;
  });
  return ordered[Math.floor((ordered.length - 1) / 2)];
}

/**
 * The observed first contentful paint from the `metrics` audit's details.
 * @param {any} audit
 * @returns {number}
 */
function observedFirstPaint(audit) {
  const value = audit?.details?.items?.[0]?.observedFirstContentfulPaint;
  return typeof value === 'number' ? value : Number.NaN;
}
