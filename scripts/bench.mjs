#!/usr/bin/env node
// npm run bench [-- --no-build] [-- --runs N] [-- --port P] [-- --no-write] [-- --only lighthouse,js,longtasks,interactions]
//
// Measures the production build served by `vite preview`:
//   1. Lighthouse performance (mobile and desktop presets) per route, N cold runs each (default 3);
//   2. first-visit JavaScript per route (every script loaded, gzipped as `vite preview` sends it), without and with scrolling;
//   3. long tasks at 4× CPU slowdown per route (several cold visits each), and on control pages with no script;
//   4. four interactions at 4× (a filter click, the same with a chart drawn, a nav click, a nav click
//      from the area with the most charts, all drawn, to the next page's h1 and to its first chart);
// and writes the results into docs/PERFORMANCE.md (its own section; other sections stay as they are).
// Benchmarks never fail a build: the exit code is 0 whether or not the goals are met (non-zero only
// when the benchmark itself could not run, e.g. the build failed).

// This file takes the arguments and runs the stages in turn. The stages are in scripts/lib/bench-*-stage*.mjs,
// the routes, settings and goals they share in bench-config.mjs, and the doc section in bench-report.mjs.

import { rmSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseBenchArgs } from './lib/bench-args.mjs';
import { BARE_SETTLE_MS, BARE_VIEWPORT, CONTROL_VISITS, CPU_SLOWDOWN, INTERACTION_RUNS, PRESETS, ROUTES, SECTION_HEADING } from './lib/bench-config.mjs';
import { interactionStage } from './lib/bench-interaction-stage.mjs';
import { longTaskStage } from './lib/bench-longtask-stage.mjs';
import { errorText } from './lib/bench-format.mjs';
import { goalRows } from './lib/bench-goals.mjs';
import { jsStage } from './lib/bench-js-stage.mjs';
import { lighthouseStage } from './lib/bench-lighthouse-stage.mjs';
import { peakLoad, sampleLoad } from './lib/bench-load-average.mjs';
import { buildSection } from './lib/bench-report.mjs';
import { ROOT, launchChromium, run, startPreview } from './lib/browser.mjs';
import { controlPageTasks } from './lib/control-page.mjs';
import { PERF_DOC, loadAverage, machine, writeDocSection } from './lib/perf-doc.mjs';

/** @typedef {'lighthouse' | 'js' | 'longtasks' | 'interactions'} Stage */
/** @type {readonly Stage[]} */
const STAGES = ['lighthouse', 'js', 'longtasks', 'interactions'];

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
/** @param {string} message */
const step = (message) => console.log(`› [${((performance.now() - t0) / 1000).toFixed(1)} s] ${message}`);

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

    /** @type {import('./lib/bench-lighthouse-stage.mjs').LighthouseResult[]} */
    let lighthouse = [];
    /** @type {import('./lib/bench-js-stage.mjs').JsResult[]} */
    let js = [];
    /** @type {import('./lib/bench-longtask-stage.mjs').LongTaskResult[]} */
    let tasks = [];
    /** @type {Awaited<ReturnType<typeof controlPageTasks>>} */
    let controlTasks = [];
    /** @type {import('./lib/bench-interaction-stage.mjs').InteractionResult} */
    let interactions = { filter: [], chartFilter: [], nav: [], areaNav: [], areaNavChart: [], errors: [] };

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
      step(`the same for two control pages with no script, ${CONTROL_VISITS} visits each`);
      const { width, height } = BARE_VIEWPORT;
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
      peakLoad: Math.max(peakLoad(), ...Object.values(loads)),
      runs: options.runs,
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
