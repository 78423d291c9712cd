#!/usr/bin/env node
// npm run bench [-- --no-build] [-- --runs N] [-- --port P] [-- --no-write] [-- --only lighthouse,js,longtasks,interactions]
//
// Measures the production build served by `vite preview`:
//   1. Lighthouse performance (mobile and desktop presets) per route, N cold runs each (default 3);
//   2. first-visit JavaScript per route (gzip -9 of every script loaded), without and with scrolling;
//   3. long tasks at 4× CPU slowdown per route, and two interactions (filter click, nav click);
// and writes the results into docs/PERFORMANCE.md (its own section; other sections stay as they are).
// Benchmarks never fail a build: the exit code is 0 whether or not the goals are met (non-zero only
// when the benchmark itself could not run, e.g. the build failed).

import { rmSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseBenchArgs } from './lib/bench-args.mjs';
import { openBarePage } from './lib/bare-chromium.mjs';
import { ROOT, launchChromium, run, startPreview } from './lib/browser.mjs';
import { METRIC_AUDITS, medianRun, runLighthouse } from './lib/lighthouse.mjs';
import { gzipSize, trackNetwork } from './lib/network.mjs';
import { controlPageTasks } from './lib/control-page.mjs';
import { installProbes, longTasks, scrollThrough, timeClickToFrame } from './lib/page-probes.mjs';
import { PERF_DOC, loadAverage, machine, median, writeDocSection } from './lib/perf-doc.mjs';

const SECTION_HEADING = '## Lighthouse, first-visit JavaScript and long tasks (npm run bench)';

/** @typedef {'lighthouse' | 'js' | 'longtasks' | 'interactions'} Stage */
/** @type {readonly Stage[]} */
const STAGES = ['lighthouse', 'js', 'longtasks', 'interactions'];

/**
 * @typedef {object} Route
 * @property {string} path
 * @property {string} label
 * @property {boolean} area  a work-area page (h1 + the "数据一览" region) rather than the overview
 */
/** @type {readonly Route[]} */
const ROUTES = [
  { path: '/', label: '/ (总览)', area: false },
  { path: '/new-sectors', label: '/new-sectors', area: true },
  { path: '/governance', label: '/governance', area: true },
  { path: '/service', label: '/service', area: true },
];

/** @type {readonly import('./lib/lighthouse.mjs').LighthousePreset[]} */
const PRESETS = ['mobile', 'desktop'];

const VIEWPORTS = /** @type {const} */ ([
  { id: 'desktop', label: '1280×800', options: { viewport: { width: 1280, height: 800 } } },
  // The phone Lighthouse's mobile preset emulates (moto g power): 412×823 CSS px at 1.75×, touch.
  {
    id: 'phone',
    label: '412×823',
    options: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  },
]);

const CPU_SLOWDOWN = 4;
const INTERACTION_RUNS = 5;
const CONTROL_VISITS = 5;
const SETTLE_MS = 2_000;
/** The bare browser has no network events to wait on: after the figures, this long for the rest (idle preloads, the worker's answers). */
const BARE_SETTLE_MS = 3_000;
const KB = 1000;

const GOALS = {
  score: 100,
  mobileLcpMs: 1_500,
  tbtMs: 50,
  cls: 0.02,
  jsKb: 250,
  longTaskMs: 50,
  interactionMs: 100,
};

const FILTER_AREA = { id: 'new-sectors', name: '新兴领域党建' };
const NAV_TARGET = { path: '/governance', name: '党建引领基层治理' };
/** The overview's comparison chart, and the bar (a figure of FILTER_AREA) that the filter takes out and back. */
const CHANGE_CHART = { selector: 'figure[aria-labelledby="chart-overview-changes-title"]', barOf: '行业党委' };

/**
 * @param {string[]} argv
 */
function parseArgs(argv) {
  const { only, ...args } = parseBenchArgs(argv, {
    runs: 3,
    only: true,
    usage: `usage: node scripts/bench.mjs [--no-build] [--runs N] [--port P] [--no-write] [--only ${STAGES.join(',')}]
  --runs N   Lighthouse runs per route and preset (default 3)
  --only     run some stages only (the doc section is then not written)`,
  });
  const wanted = only === undefined ? STAGES : only.split(',').filter(Boolean);
  for (const stage of wanted) if (!STAGES.includes(/** @type {Stage} */ (stage))) throw new Error(`Unknown stage "${stage}" (stages: ${STAGES.join(', ')})`);
  const stages = new Set(/** @type {Stage[]} */ (wanted));
  return { ...args, stages, writeDoc: args.writeDoc && stages.size === STAGES.length };
}

const t0 = performance.now();
/** The highest 1-minute load average sampled (after every measurement). */
let peakLoad = 0;
/** Samples the load average, keeping the peak; returns the sample. */
function sampleLoad() {
  const value = loadAverage();
  peakLoad = Math.max(peakLoad, value);
  return value;
}
/** @param {string} message */
const step = (message) => console.log(`› [${((performance.now() - t0) / 1000).toFixed(1)} s] ${message}`);

/** @param {unknown} error */
const errorText = (error) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

// ---------------------------------------------------------------------------------------------------
// Formatting

/** @param {number} ms */
const sec = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '–');
/** @param {number} ms */
const msText = (ms) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : '–');
/** @param {number} value */
const clsText = (value) => (Number.isFinite(value) ? value.toFixed(3) : '–');
/** @param {number} bytes */
const kb = (bytes) => (bytes / KB).toFixed(1);
/** @param {boolean} pass */
const verdict = (pass) => (pass ? 'PASS' : 'FAIL');

/**
 * A Markdown table.
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {('l' | 'r')[]} [align]
 */
function table(header, rows, align = []) {
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  const cell = (/** @type {string} */ text) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  return [header, rule, ...rows].map((cells) => `| ${cells.map(cell).join(' | ')} |`).join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Page helpers

/**
 * Waits until the route's figures are on screen: the overview's h1 "2024年工作总览" and its first area
 * section (新兴领域党建), or an area page's h1 and its "数据一览" region.
 * @param {import('@playwright/test').Page} page
 * @param {Route} route
 */
async function waitForFigures(page, route) {
  const timeout = 60_000;
  if (route.area) {
    await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible', timeout });
    await page.getByRole('region', { name: '数据一览' }).first().waitFor({ state: 'visible', timeout });
  } else {
    await page.getByRole('heading', { level: 1, name: '2024年工作总览' }).first().waitFor({ state: 'visible', timeout });
    // The heading renders before the data: wait for the first area's figures too.
    await page.getByRole('region', { name: FILTER_AREA.name }).first().waitFor({ state: 'visible', timeout });
  }
}

/**
 * A new context (empty cache, no service worker) with a page, its network watched.
 * @param {import('@playwright/test').Browser} browser
 * @param {import('@playwright/test').BrowserContextOptions} options
 */
async function coldPage(browser, options) {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  const network = trackNetwork(context);
  const page = await context.newPage();
  return { context, page, network };
}

/**
 * What went wrong, with where the page was and what its main area said (for a failed measurement).
 * @param {unknown} error
 * @param {import('@playwright/test').Page} page
 */
async function failure(error, page) {
  const text = await page
    .evaluate(() => (document.querySelector('main') ?? document.body)?.innerText ?? '')
    .catch(() => '');
  const snippet = text.replace(/\s+/g, ' ').trim().slice(0, 160);
  return `${errorText(error)} (at ${new URL(page.url()).pathname || page.url()}${snippet ? `, page says: "${snippet}"` : ''})`;
}

// ---------------------------------------------------------------------------------------------------
// Stage 1: Lighthouse

/**
 * @typedef {{ route: Route, preset: import('./lib/lighthouse.mjs').LighthousePreset, runs: import('./lib/lighthouse.mjs').LighthouseRun[], median: import('./lib/lighthouse.mjs').LighthouseRun, loads: number[] }} LighthouseResult
 *   loads: the 1-minute load average after each run
 */

/**
 * @param {string} baseUrl
 * @param {number} runs
 * @returns {Promise<LighthouseResult[]>}
 */
async function lighthouseStage(baseUrl, runs) {
  /** @type {LighthouseResult[]} */
  const results = [];
  for (const preset of PRESETS) {
    for (const route of ROUTES) {
      /** @type {import('./lib/lighthouse.mjs').LighthouseRun[]} */
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

// ---------------------------------------------------------------------------------------------------
// Stage 2: first-visit JavaScript

/**
 * @typedef {object} JsResult
 * @property {Route} route
 * @property {typeof VIEWPORTS[number]} viewport
 * @property {import('./lib/network.mjs').ScriptLoad[]} noScroll
 * @property {import('./lib/network.mjs').ScriptLoad[]} scrolled
 * @property {{ steps: number, placeholdersLeft: number, charts: number }} [scroll]
 * @property {string[]} notes
 * @property {string} [error]
 */

/** @param {import('./lib/network.mjs').ScriptLoad[]} scripts */
const gzTotal = (scripts) => scripts.reduce((sum, script) => sum + script.gzipBytes, 0);

/**
 * The budget holds after scrolling too: on a screen tall enough to show a chart at once, the first
 * visit is what this visit downloads by the time it has drawn every chart.
 * @param {JsResult} result
 */
const withinJsBudget = (result) => !result.error && gzTotal(result.scrolled) <= GOALS.jsKb * KB;

/**
 * Makes sure the service worker's script is counted: Playwright reports it as a request of the worker;
 * when it did not (or handed over no body), its size is fetched from the server and noted.
 * @param {import('./lib/network.mjs').ScriptLoad[]} scripts
 * @param {string[]} workerUrls  service workers that started in the context
 * @param {string} baseUrl
 * @param {string[]} notes
 */
async function withServiceWorker(scripts, workerUrls, baseUrl, notes) {
  const fallbackUrl = `${baseUrl}/mock-api-worker.js`;
  const wanted = workerUrls.length > 0 ? workerUrls : [];
  const result = [...scripts];
  for (const url of wanted) {
    if (result.some((script) => script.url === url)) continue;
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    result.push({ url, name: path.posix.basename(new URL(url).pathname), bytes: body.length, gzipBytes: gzipSize(body), serviceWorker: true, at: Infinity, note: 'not seen as a response; size fetched from the server' });
    notes.push(`${url} started but its response was not seen; its size was fetched from the server`);
  }
  if (wanted.length === 0 && !result.some((script) => script.url === fallbackUrl)) {
    notes.push('no service worker started in this visit (so /mock-api-worker.js is not counted)');
  }
  return result;
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl
 * @returns {Promise<JsResult[]>}
 */
async function jsStage(browser, baseUrl) {
  /** @type {JsResult[]} */
  const results = [];
  for (const route of ROUTES) {
    for (const viewport of VIEWPORTS) {
      /** @type {JsResult} */
      const result = { route, viewport, noScroll: [], scrolled: [], notes: [] };
      const { context, page, network } = await coldPage(browser, viewport.options);
      try {
        await page.goto(`${baseUrl}${route.path}`);
        await waitForFigures(page, route);
        if (!(await network.waitForQuiet())) result.notes.push('network did not fall quiet before the no-scroll count');
        result.noScroll = await withServiceWorker(await network.scripts(), network.serviceWorkers(), baseUrl, result.notes);
        result.scroll = await scrollThrough(page);
        if (result.scroll.placeholdersLeft > 0) result.notes.push(`${result.scroll.placeholdersLeft} chart(s) had not drawn after scrolling`);
        if (!(await network.waitForQuiet())) result.notes.push('network did not fall quiet after scrolling');
        result.scrolled = await withServiceWorker(await network.scripts(), network.serviceWorkers(), baseUrl, []);
      } catch (error) {
        result.error = await failure(error, page);
      } finally {
        network.stop();
        await context.close().catch(() => {});
      }
      results.push(result);
      sampleLoad();
      const pass = withinJsBudget(result);
      console.log(
        `  ${route.path.padEnd(13)} ${viewport.label.padEnd(9)} ` +
          (result.error
            ? `failed: ${result.error}`
            : `no scroll ${kb(gzTotal(result.noScroll))} KB gz in ${result.noScroll.length} scripts · after scrolling ${kb(gzTotal(result.scrolled))} KB gz in ${result.scrolled.length} (${result.scroll?.charts ?? 0} charts) · ${verdict(pass)}`),
      );
      for (const note of result.notes) console.log(`    note: ${note}`);
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------
// Stage 3: long tasks at 4× CPU slowdown

/**
 * @typedef {object} LongTaskResult
 * @property {Route} route
 * @property {import('./lib/page-probes.mjs').LongTask[]} load     during the load, until network quiet + 2 s
 * @property {import('./lib/page-probes.mjs').LongTask[]} scroll   while scrolling through (charts drawing)
 * @property {number} charts
 * @property {string} [error]
 */

/** @param {{ duration: number }[]} tasks */
const maxTask = (tasks) => tasks.reduce((max, task) => Math.max(max, task.duration), 0);
/** The longest of some long tasks, or "none" when there were none. @param {{ duration: number }[]} tasks */
const longestText = (tasks) => (tasks.length ? msText(maxTask(tasks)) : 'none');
/**
 * The longest of some long tasks with what filled it, e.g. "325 ms (evaluating client-….js 301 ms)".
 * @param {import('./lib/page-probes.mjs').LongTask[]} tasks
 */
const longestWithCause = (tasks) => {
  const longest = tasks.reduce((max, task) => (max && max.duration >= task.duration ? max : task), /** @type {import('./lib/page-probes.mjs').LongTask | undefined} */ (undefined));
  if (!longest) return 'none';
  return longest.cause ? `${msText(longest.duration)} (${longest.cause})` : msText(longest.duration);
};

/**
 * Waits until a bare page shows figures: its h1 and at least one figure card (an article in main).
 * @param {import('./lib/bare-chromium.mjs').BarePage} page
 * @param {number} timeoutMs
 */
function waitForFiguresBare(page, timeoutMs) {
  return waitUntil(page, () => Boolean(document.querySelector('h1') && document.querySelector('main article')), undefined, timeoutMs);
}

/**
 * Long tasks are counted in a browser that Playwright does not drive (scripts/lib/bare-chromium.mjs):
 * its instrumentation makes V8 slower as scripts first run, which is no part of a user's visit.
 * @param {string} baseUrl
 * @returns {Promise<LongTaskResult[]>}
 */
async function longTaskStage(baseUrl) {
  /** @type {LongTaskResult[]} */
  const results = [];
  const { width, height } = /** @type {{ width: number, height: number }} */ (VIEWPORTS[0].options.viewport);
  for (const route of ROUTES) {
    /** @type {LongTaskResult} */
    const result = { route, load: [], scroll: [], charts: 0 };
    const page = await openBarePage({ width, height, cpuSlowdown: CPU_SLOWDOWN, initScript: installProbes });
    try {
      await page.goto(`${baseUrl}${route.path}`);
      await waitForFiguresBare(page, 60_000);
      await page.waitForTimeout(BARE_SETTLE_MS);
      result.load = await longTasks(page);
      const scroll = await scrollThrough(page, { timeoutMs: 60_000 });
      result.charts = scroll.charts;
      await page.waitForTimeout(BARE_SETTLE_MS);
      result.scroll = (await longTasks(page)).slice(result.load.length);
    } catch (error) {
      result.error = errorText(error);
    } finally {
      await page.close();
    }
    results.push(result);
    sampleLoad();
    console.log(
      `  ${route.path.padEnd(13)} ` +
        (result.error
          ? `failed: ${result.error}`
          : `load: max ${longestWithCause(result.load)}, ${result.load.length} long · scrolling (${result.charts} charts): max ${longestWithCause(result.scroll)}, ${result.scroll.length} long`),
    );
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------
// Stage 4: interactions at 4× CPU slowdown

/**
 * @typedef {{ ms: number, longTasks: import('./lib/page-probes.mjs').LongTask[] }} InteractionRun
 * @typedef {{ filter: InteractionRun[], chartFilter: InteractionRun[], nav: InteractionRun[], errors: string[] }} InteractionResult
 */

/**
 * Each repetition: a cold visit to `/` at 4× slowdown in a fresh bare Chromium (as for long tasks: not
 * driven by Playwright, which would slow the first run of every code path), the figures shown + 3 s,
 * then (a) uncheck the 新兴领域党建 filter and time click → the frame where its section is gone; (b)
 * scroll the comparison chart into view until Recharts has drawn it, back to the top, then tick the
 * filter again and time click → the frame where the chart shows that area's bar again; then (c) click
 * the nav link to /governance and time click → the frame where its h1 is visible. Clicks are real mouse
 * events at the element's centre (CDP Input.dispatchMouseEvent).
 * @param {string} baseUrl
 * @returns {Promise<InteractionResult>}
 */
async function interactionStage(baseUrl) {
  /** @type {InteractionResult} */
  const result = { filter: [], chartFilter: [], nav: [], errors: [] };
  const { width, height } = /** @type {{ width: number, height: number }} */ (VIEWPORTS[0].options.viewport);
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
      result.filter.push({ ms: filter.ms, longTasks: filter.longTasks });

      await page.evaluate((css) => document.querySelector(css)?.scrollIntoView({ block: 'center', behavior: 'instant' }), CHANGE_CHART.selector);
      await waitUntil(page, (css) => document.querySelector(`${css} .recharts-wrapper`) !== null, CHANGE_CHART.selector, 60_000);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(SETTLE_MS);
      const chartFilter = await timeClickToFrame(page, { visible: `${CHANGE_CHART.selector} .recharts-wrapper text`, text: CHANGE_CHART.barOf }, () => page.click(checkbox));
      result.chartFilter.push({ ms: chartFilter.ms, longTasks: chartFilter.longTasks });

      await page.waitForTimeout(SETTLE_MS);
      const nav = await timeClickToFrame(page, { visible: 'h1', text: NAV_TARGET.name }, () => page.click(navLink));
      result.nav.push({ ms: nav.ms, longTasks: nav.longTasks });
      sampleLoad();
      const pathname = await page.evaluate(() => window.location.pathname);
      if (pathname !== NAV_TARGET.path) throw new Error(`The nav link led to ${pathname}, not ${NAV_TARGET.path}`);
      console.log(
        `  run ${i + 1}/${INTERACTION_RUNS}: filter ${msText(filter.ms)} (longest task ${longestText(filter.longTasks)}) · with the chart drawn ${msText(chartFilter.ms)} (longest task ${longestText(chartFilter.longTasks)}) · nav → ${NAV_TARGET.path} ${msText(nav.ms)} (longest task ${longestText(nav.longTasks)})`,
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
 * Polls a condition in a bare page until it holds.
 * @template A
 * @param {import('./lib/bare-chromium.mjs').BarePage} page
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

// ---------------------------------------------------------------------------------------------------
// Report

/**
 * @param {{
 *   date: string, machineLine: string, loads: Record<string, number>, peakLoad: number, runs: number, baseUrl: string, serverGzip: boolean, minutes: number,
 *   lighthouse: LighthouseResult[], js: JsResult[], longTasks: LongTaskResult[], controlTasks: import('./lib/page-probes.mjs').LongTask[][],
 *   interactions: InteractionResult,
 * }} data
 */
function buildSection(data) {
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
        ['route', 'score (median run)', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', 'scores of all runs'],
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
          ];
        }),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
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
      `Lighthouse runs only the five audits that carry the performance score's weight (${METRIC_AUDITS.map((id) => `\`${id}\``).join(', ')}); in Lighthouse 12 every other performance audit weighs 0, so the score is the same as the whole category's. The runs go one at a time. Over them the 1-minute load average ranged ${range(runLoads, (v) => v.toFixed(1))} and Lighthouse's benchmarkIndex for this machine ${range(benchmarkIndexes, (v) => String(Math.round(v)))} (higher is faster; it drops when the machine is busy, and TBT rises with it).`,
      '',
    );
  }

  // JavaScript
  if (js.length > 0) {
    out.push(
      '### First-visit JavaScript',
      '',
      `Chromium via Playwright, a new context per visit (zh-CN). Each route is loaded cold; once the network is quiet (no request for 500 ms) and the figures are on screen (on \`/\` the h1 2024年工作总览 and the first area's section, 新兴领域党建; on area pages the h1 and the 数据一览 region), every script response is counted: the entry and each chunk it imports, plus the mock API's service worker script \`/mock-api-worker.js\` (requested by the worker registration, counted once). Sizes are the response bodies gzipped here with zlib level 9; 1 KB = 1000 bytes. "After scrolling" scrolls to the bottom half a screen every 250 ms until every chart has drawn: **the app loads Recharts (the \`bar-chart\` chunk) lazily, when the first chart comes near the viewport**, so it is in the first figure only where a chart is near the first screen. Budget: ≤ ${GOALS.jsKb} KB gzip after scrolling too, Recharts included, since a screen tall enough shows a chart at once.`,
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
      'Scripts loaded without scrolling (KB gzip -9 / KB as served uncompressed):',
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

  // Long tasks
  if (tasks.length > 0) {
    out.push(
      `### Long tasks at ${CPU_SLOWDOWN}× CPU slowdown`,
      '',
      `A fresh Chromium per route, not driven by Playwright: only the DevTools pipe is attached, with nothing enabled but the Page domain for the init script (\`scripts/lib/bare-chromium.mjs\`). Under Playwright, which enables the Runtime domain on every page it drives, V8 does extra work as each script first runs: React DOM's module evaluation took 77–112 ms at 1× there and stayed under 10 ms here, so Playwright's figures would describe the test harness, not a user's visit. 1280×800, CDP \`Emulation.setCPUThrottlingRate {rate: ${CPU_SLOWDOWN}}\`, a cold visit per route. A PerformanceObserver for \`longtask\` (buffered, installed by an init script before the page's own scripts) records every task over 50 ms: during the load until the figures show + ${BARE_SETTLE_MS / 1000} s, then while scrolling through the page so that every chart draws (until no chart placeholder is left, + ${BARE_SETTLE_MS / 1000} s). Beside the longest task is what filled it, from the Long Animation Frame that holds it (\`long-animation-frame\` entries, observed the same way): the longest script in that frame (\"evaluating\" a module, or a callback — React renders from its scheduler's \`MessagePort.onmessage\` in \`client-….js\`, React DOM's chunk) or the frame's style and layout, whichever took longer, named only when it fills at least half of the task (what is left is the browser's own work, which the frame does not break down).`,
      '',
      table(
        ['route', 'load: longest long task', 'load: tasks > 50 ms', 'scrolling: longest long task', 'scrolling: tasks > 50 ms', 'charts drawn', 'goal: none > 50 ms'],
        tasks.map((result) =>
          result.error
            ? [`\`${result.route.path}\``, `failed: ${result.error}`, '–', '–', '–', '–', 'FAIL']
            : [
                `\`${result.route.path}\``,
                longestWithCause(result.load),
                String(result.load.length),
                longestWithCause(result.scroll),
                String(result.scroll.length),
                String(result.charts),
                verdict(result.load.length + result.scroll.length === 0),
              ],
        ),
        ['l', 'r', 'r', 'r', 'r', 'r', 'l'],
      ),
      '',
    );
    if (controlTasks.length > 0) {
      const longest = controlTasks.map((visit) => longestText(visit));
      out.push(
        `For comparison, what the browser alone costs here: a page with no script, one line of Chinese and nothing else (\`scripts/lib/control-page.mjs\`), served over HTTP and visited the same way ${controlTasks.length} times, each in a fresh Chromium. Its longest task per visit: ${longest.join(', ')} (${controlTasks.filter((visit) => visit.length > 0).length} of ${controlTasks.length} visits over 50 ms). Those tasks are the browser's own work on a cold visit: the frame holding them names no script and little style or layout (what is left is parsing, starting the page, loading a CJK font). Every route's load pays the same, so on this machine a load with no task over 50 ms is out of reach in most visits whatever the app does; read the routes' load column against this.`,
        '',
      );
    }
  }

  // Interactions
  if (interactions.filter.length + interactions.chartFilter.length + interactions.nav.length + interactions.errors.length > 0) {
    const row = (/** @type {string} */ name, /** @type {InteractionRun[]} */ runs) => {
      const med = median(runs.map((r) => r.ms));
      return [
        name,
        runs.length ? msText(med) : '–',
        runs.map((r) => Math.round(r.ms)).join(', ') || '–',
        runs.length ? longestText(runs.flatMap((r) => r.longTasks)) : '–',
        verdict(runs.length > 0 && med <= GOALS.interactionMs),
      ];
    };
    out.push(
      `### Interactions at ${CPU_SLOWDOWN}× CPU slowdown`,
      '',
      `${INTERACTION_RUNS} repetitions, each a cold visit to \`/\` at 1280×800 and ${CPU_SLOWDOWN}× slowdown in a fresh Chromium not driven by Playwright (as for long tasks), the figures shown + ${BARE_SETTLE_MS / 1000} s, then the three interactions in turn, each a real mouse click at the element's centre (CDP \`Input.dispatchMouseEvent\`) (the comparison chart is below the first screen: for the second it is first scrolled into view and drawn, then the page goes back to the top). Time runs from the click event's \`timeStamp\` (when the browser received the input) to the end of the first frame showing the change (a MutationObserver sees the change, then a requestAnimationFrame callback, then a task posted from it, which runs after that frame's layout and paint).`,
      '',
      table(
        ['interaction', 'median', 'all runs (ms)', 'longest task (> 50 ms) during', 'goal ≤ 100 ms'],
        [
          row(`uncheck the filter ${FILTER_AREA.name} on \`/\` → its section gone`, interactions.filter),
          row(`tick it again, the comparison chart drawn → the chart shows its bar ${CHANGE_CHART.barOf}`, interactions.chartFilter),
          row(`nav link \`/\` → \`${NAV_TARGET.path}\` → its h1 visible`, interactions.nav),
        ],
        ['l', 'r', 'l', 'r', 'l'],
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

/**
 * @param {{ lighthouse: LighthouseResult[], js: JsResult[], longTasks: LongTaskResult[], interactions: InteractionResult }} data
 * @returns {string[][]}
 */
function goalRows({ lighthouse, js, longTasks: tasks, interactions }) {
  /** @type {string[][]} */
  const rows = [];
  const byPreset = (/** @type {string} */ preset) => lighthouse.filter((result) => result.preset === preset);
  /**
   * @param {string} goal
   * @param {LighthouseResult[]} results
   * @param {(run: import('./lib/lighthouse.mjs').LighthouseRun) => number | null} pick
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
    const parts = tasks.map((result) => ({
      text: `\`${result.route.path}\` ${result.error ? 'failed' : `${result.load.length + result.scroll.length} (longest ${longestText([...result.load, ...result.scroll])})`}`,
      pass: !result.error && result.load.length + result.scroll.length === 0,
    }));
    rows.push([`no task > 50 ms at ${CPU_SLOWDOWN}× (load and scrolling; count per route)`, parts.map((p) => p.text).join(', '), verdict(parts.every((p) => p.pass))]);
  }
  const timed = [
    ['filter', interactions.filter],
    ['filter with the chart drawn', interactions.chartFilter],
    ['nav', interactions.nav],
  ].map(([name, runs]) => ({ name, runs: /** @type {InteractionRun[]} */ (runs) }));
  if (timed.some(({ runs }) => runs.length > 0) || interactions.errors.length > 0) {
    const medians = timed.map(({ name, runs }) => ({ name, runs, ms: median(runs.map((r) => r.ms)) }));
    const pass = medians.every(({ runs, ms }) => runs.length > 0 && ms <= GOALS.interactionMs);
    rows.push([`interactions ≤ 100 ms at ${CPU_SLOWDOWN}× (median)`, medians.map(({ name, ms }) => `${name} ${msText(ms)}`).join(', '), verdict(pass)]);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  /** @type {Record<string, number>} */
  const loads = {};
  loads['at the start'] = sampleLoad();
  // The build this run serves lives in a folder of its own: other scripts and tests rebuild dist/ at any
  // time, and vite preview serves files from disk, so a rebuild mid-run would swap files under the pages.
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'bench-dist-'));
  const removeOutDir = () => rmSync(outDir, { recursive: true, force: true });
  process.once('exit', removeOutDir);
  /** @type {import('./lib/browser.mjs').PreviewServer | undefined} */
  let server;
  /** @type {import('@playwright/test').Browser | undefined} */
  let browser;
  try {
    if (options.build) {
      step(`npm run build (into ${outDir})`);
      await run('npm', ['run', 'build', '--', '--outDir', outDir, '--emptyOutDir']);
    } else {
      step(`--no-build: serving a copy of the existing dist/ (in ${outDir})`);
      await cp(path.join(ROOT, 'dist'), outDir, { recursive: true }).catch((error) => {
        throw new Error(`--no-build needs a build in dist/ (${errorText(error)})`);
      });
    }

    server = await startPreview({ port: options.port, outDir });
    step(`vite preview on ${server.url}`);
    const html = await (await fetch(`${server.url}/`)).text();
    const firstScript = html.match(/<script[^>]+src="([^"]+\.js)"/)?.[1];
    const serverGzip = firstScript
      ? (await fetch(new URL(firstScript, `${server.url}/`), { headers: { 'accept-encoding': 'gzip' } })).headers.get('content-encoding') === 'gzip'
      : false;

    /** @type {LighthouseResult[]} */
    let lighthouse = [];
    /** @type {JsResult[]} */
    let js = [];
    /** @type {LongTaskResult[]} */
    let tasks = [];
    /** @type {import('./lib/page-probes.mjs').LongTask[][]} */
    let controlTasks = [];
    /** @type {InteractionResult} */
    let interactions = { filter: [], chartFilter: [], nav: [], errors: [] };

    loads['before the measurements'] = loadAverage();
    if (options.stages.has('lighthouse')) {
      step(`Lighthouse: ${ROUTES.length} routes × ${PRESETS.length} presets × ${options.runs} runs, one at a time (load ${loadAverage()})`);
      lighthouse = await lighthouseStage(server.url, options.runs);
      loads['after Lighthouse'] = loadAverage();
    }
    browser = await launchChromium();
    if (options.stages.has('js')) {
      step(`first-visit JavaScript (load ${loadAverage()})`);
      js = await jsStage(browser, server.url);
    }
    if (options.stages.has('longtasks')) {
      step(`long tasks at ${CPU_SLOWDOWN}× CPU slowdown (load ${loadAverage()})`);
      tasks = await longTaskStage(server.url);
      step(`the same for a control page with no script, ${CONTROL_VISITS} visits`);
      const { width, height } = /** @type {{ width: number, height: number }} */ (VIEWPORTS[0].options.viewport);
      controlTasks = await controlPageTasks({ width, height, cpuSlowdown: CPU_SLOWDOWN, visits: CONTROL_VISITS, settleMs: BARE_SETTLE_MS });
    }
    if (options.stages.has('interactions')) {
      step(`interactions at ${CPU_SLOWDOWN}× CPU slowdown, ${INTERACTION_RUNS} cold visits (load ${loadAverage()})`);
      interactions = await interactionStage(server.url);
    }
    loads['after the measurements'] = loadAverage();

    const m = machine();
    const machineLine = `${m.cpu}, ${m.cores} cores, Node ${m.node}, Chromium ${browser.version()}`;
    const section = buildSection({
      date: new Date().toISOString().slice(0, 10),
      machineLine,
      loads,
      peakLoad: Math.max(peakLoad, ...Object.values(loads)),
      runs: options.runs,
      baseUrl: server.url,
      serverGzip,
      minutes: (performance.now() - t0) / 60_000,
      lighthouse,
      js,
      longTasks: tasks,
      controlTasks,
      interactions,
    });
    console.log(`\n${section}`);
    const goals = goalRows({ lighthouse, js, longTasks: tasks, interactions });
    for (const [goal, , result] of goals) console.log(`BENCH ${result}: ${goal}`);
    if (goals.some(([, , result]) => result === 'FAIL')) console.log('(goals missed do not fail the build)');
    if (options.writeDoc) {
      await writeDocSection(SECTION_HEADING, section);
      step(`wrote "${SECTION_HEADING}" in ${path.relative(ROOT, PERF_DOC)}`);
    } else {
      step('docs/PERFORMANCE.md left as it is (--no-write or --only)');
    }
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    await rm(outDir, { recursive: true, force: true }).catch(() => {});
    process.removeListener('exit', removeOutDir);
  }
  step(`done (1-minute load average ${os.loadavg()[0].toFixed(1)})`);
}

try {
  await main();
} catch (error) {
  console.error(`bench could not run: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
}
