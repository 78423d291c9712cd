#!/usr/bin/env node
// npm run bench:export [-- --no-build] [-- --runs N] [-- --port P]
//
// Times the app's PNG chart export against html-to-image on the same chart, in the production
// build served by `vite preview`, and records the result in docs/PERFORMANCE.md.
// Benchmarks never fail a build: the exit code is 0 whether or not the goal is met (non-zero only
// when the benchmark itself could not run).

import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseBenchArgs } from './lib/bench-args.mjs';
import { ROOT, launchChromium, run, startPreview } from './lib/browser.mjs';
import { PERF_DOC, stats, writeDocSection } from './lib/perf-doc.mjs';

const CHART_NAME = '村(社区)内外部挂牌总数';
const PAGE_PATH = '/governance';
const GOAL_RATIO = 0.5;
const WARMUP = 2;
const SECTION_HEADING = '## Chart export (npm run bench:export)';
const HTML_TO_IMAGE_UMD = path.join(ROOT, 'node_modules', 'html-to-image', 'dist', 'html-to-image.js');
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** @param {number} ms */
const fmt = (ms) => ms.toFixed(1);

/**
 * Width and height from a PNG's IHDR chunk.
 * @param {Buffer} bytes
 */
function pngSize(bytes) {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * One export with the app's own exporter: clicks the chart's PNG button, waits for the download,
 * checks it is a PNG and returns the duration the app measured (`chart-export-png`).
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').Locator} button
 */
async function exportOurs(page, button) {
  const before = await page.evaluate(() => performance.getEntriesByName('chart-export-png').length);
  // click() waits for the button to be enabled again (it is disabled while an export runs).
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  const file = await download.path();
  const bytes = await readFile(file);
  await download.delete();
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_MAGIC)) {
    throw new Error(`Our export "${download.suggestedFilename()}" is not a PNG (${bytes.length} bytes)`);
  }
  await page.waitForFunction((n) => performance.getEntriesByName('chart-export-png').length > n, before);
  const { ms, painter } = await page.evaluate((n) => {
    const entries = performance.getEntriesByName('chart-export-png');
    if (entries.length !== n + 1) throw new Error(`Expected one new chart-export-png entry, found ${entries.length - n}`);
    // How the app drew the PNG (src/features/export/rasterize.ts): 'canvas' or 'svg-image'.
    const mark = /** @type {PerformanceMark | undefined} */ (performance.getEntriesByName('chart-export-painter').at(-1));
    return { ms: entries[entries.length - 1].duration, painter: String(mark?.detail) };
  }, before);
  return { ms, painter, bytes: bytes.length, ...pngSize(bytes) };
}

/**
 * One export of the same chart's on-screen <figure> with html-to-image, timed in the page.
 * @param {import('@playwright/test').Locator} figure
 */
async function exportHtmlToImage(figure) {
  return figure.evaluate(async (node) => {
    /** @type {any} */
    const lib = /** @type {any} */ (window).htmlToImage;
    const start = performance.now();
    /** @type {Blob | null} */
    const blob = await lib.toBlob(node, { pixelRatio: 2, backgroundColor: '#ffffff' });
    const ms = performance.now() - start;
    if (!blob || blob.size === 0) throw new Error('html-to-image returned an empty image');
    const bitmap = await createImageBitmap(blob);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return { ms, bytes: blob.size, ...size };
  });
}

const t0 = performance.now();
/** @param {string} message */
const step = (message) => console.log(`› [${((performance.now() - t0) / 1000).toFixed(1)} s] ${message}`);

async function main() {
  const options = parseBenchArgs(process.argv.slice(2), {
    runs: 20,
    usage: 'usage: node scripts/bench-export.mjs [--no-build] [--no-write] [--runs N] [--port P]',
  });
  if (options.build) {
    step('npm run build');
    await run('npm', ['run', 'build']);
  } else {
    step('--no-build: using the existing dist/');
  }

  const server = await startPreview({ port: options.port });
  step(`vite preview on ${server.url}`);
  /** @type {import('@playwright/test').Browser | undefined} */
  let browser;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    // html-to-image goes in as an init script (run by the browser before the page's own scripts): the
    // page's Content-Security-Policy (script-src 'self') forbids inline scripts, and the policy stays
    // in force for both exporters, as it is for users.
    await context.addInitScript({ path: HTML_TO_IMAGE_UMD });
    const page = await context.newPage();
    await page.goto(`${server.url}${PAGE_PATH}`);

    const figure = page.getByRole('figure', { name: CHART_NAME }).first();
    await figure.waitFor({ state: 'visible', timeout: 30_000 });
    const surface = figure.locator('.recharts-wrapper > svg.recharts-surface').first();
    await surface.waitFor({ state: 'visible', timeout: 30_000 });
    await figure.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect').first().waitFor({ timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await figure.scrollIntoViewIfNeeded();
    step(`chart "${CHART_NAME}" drawn; exporting`);

    const button = figure.getByRole('button', { name: `下载 PNG（${CHART_NAME}）` });
    if ((await button.count()) !== 1) throw new Error(`Expected one "下载 PNG（${CHART_NAME}）" button in the figure`);
    if (!(await page.evaluate(() => typeof (/** @type {any} */ (window).htmlToImage?.toBlob) === 'function'))) {
      throw new Error('html-to-image did not load in the page');
    }

    /** @type {{ ms: number, painter: string, bytes: number, width: number, height: number }[]} */
    const ours = [];
    /** @type {{ ms: number, bytes: number, width: number, height: number }[]} */
    const theirs = [];
    /** Each exporter's first export in the page, a warm-up: ours makes the canvas the later ones reuse. */
    const first = { ours: NaN, theirs: NaN };
    const loadBefore = os.loadavg()[0];
    const total = WARMUP + options.runs;
    for (let round = 0; round < total; round += 1) {
      const counted = round >= WARMUP;
      // Alternate which goes first so drift in machine load falls on both alike.
      /** @type {('ours' | 'theirs')[]} */
      const order = round % 2 === 0 ? ['ours', 'theirs'] : ['theirs', 'ours'];
      for (const who of order) {
        const result = who === 'ours' ? await exportOurs(page, button) : await exportHtmlToImage(figure);
        if (counted) (who === 'ours' ? ours : theirs).push(result);
        else if (round === 0) first[who] = result.ms;
      }
      const label = counted ? `run ${round - WARMUP + 1}/${options.runs}` : `warm-up ${round + 1}/${WARMUP}`;
      const o = ours.at(-1);
      const t = theirs.at(-1);
      if (counted && o && t) console.log(`  ${label}: ours ${fmt(o.ms)} ms · html-to-image ${fmt(t.ms)} ms`);
      else console.log(`  ${label}`);
    }

    const chromiumVersion = browser.version();
    const htmlToImageVersion = JSON.parse(await readFile(path.join(ROOT, 'node_modules', 'html-to-image', 'package.json'), 'utf8')).version;
    await context.close();

    const oursStats = stats(ours.map((r) => r.ms));
    const theirsStats = stats(theirs.map((r) => r.ms));
    const ratio = oursStats.median / theirsStats.median;
    const pass = ratio <= GOAL_RATIO;
    const cpus = os.cpus();
    const machine = `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}, Chromium ${chromiumVersion}`;
    const load = `1-minute load average ${loadBefore.toFixed(1)} before the runs, ${os.loadavg()[0].toFixed(1)} after`;
    const date = new Date().toISOString().slice(0, 10);
    const oursSize = `${ours[0].width}×${ours[0].height} px`;
    const painters = [...new Set(ours.map((r) => r.painter))].join(', ');
    const theirsSize = `${theirs[0].width}×${theirs[0].height} px`;
    const verdict = `${pass ? 'PASS' : 'FAIL'}: ours/html-to-image = ${ratio.toFixed(2)}× (goal ≤ ${GOAL_RATIO}×)`;

    console.log('');
    console.log(`Chart "${CHART_NAME}" on ${PAGE_PATH}, ${options.runs} runs each after ${WARMUP} warm-ups`);
    console.log(`  ours          median ${fmt(oursStats.median)} ms  min ${fmt(oursStats.min)}  max ${fmt(oursStats.max)}  (${oursSize})`);
    console.log(`  html-to-image median ${fmt(theirsStats.median)} ms  min ${fmt(theirsStats.min)}  max ${fmt(theirsStats.max)}  (${theirsSize})`);
    console.log(`  ours drawn by: ${painters}`);
    console.log(`  first export (a warm-up): ours ${fmt(first.ours)} ms, html-to-image ${fmt(first.theirs)} ms`);
    console.log(`  machine: ${machine}`);
    console.log(`  ${load}`);
    console.log(`BENCH ${verdict}${pass ? '' : ' — goal missed (benchmarks do not fail the build)'}`);

    if (options.writeDoc) {
      const section = [
        SECTION_HEADING,
        '',
        `- Date: ${date}`,
        `- Machine: ${machine} (${load})`,
        `- Chart: "${CHART_NAME}" (the first figure of that name on \`${PAGE_PATH}\`), production build served by \`vite preview\`, viewport 1280×900, zh-CN`,
        `- Runs: ${options.runs} of each, after ${WARMUP} uncounted warm-ups, alternating which goes first in each round`,
        '',
        'What is measured:',
        '',
        `- **Ours**: the chart's "下载 PNG" button; the duration is the app's own \`chart-export-png\` performance measure, from the start of the export to the finished PNG Blob at 2× (${oursSize}): the chart is drawn afresh, off screen, at the width of an A4 document's text block (156 mm), composed as SVG with its caption, painted onto a canvas with the 2D API from the SVG's rectangles, lines and text (\`src/features/export/paint-plan.ts\`; a drawing it cannot follow would be drawn as an SVG image instead; the counted runs were drawn by: ${painters}) and encoded. The PNG includes the legend, title, unit, filter and source caption drawn in. Each download is checked to be a PNG. The app keeps its last export's canvas for 30 s: the warm-ups make it and the counted runs reuse it, as a user's second export does; a new canvas costs its area in fresh memory (10–20 ms here).`,
        `- **html-to-image** ${htmlToImageVersion}: \`htmlToImage.toBlob(figure, { pixelRatio: 2, backgroundColor: '#ffffff' })\` on the same chart's on-screen \`<figure>\` (${theirsSize}), timed in the page with \`performance.now()\`. The library is loaded as an init script, so the page's Content-Security-Policy stays in force for both exporters.`,
        '',
        '| exporter | median (ms) | min (ms) | max (ms) |',
        '| --- | ---: | ---: | ---: |',
        `| ours (draw → SVG → canvas 2D → PNG) | ${fmt(oursStats.median)} | ${fmt(oursStats.min)} | ${fmt(oursStats.max)} |`,
        `| html-to-image | ${fmt(theirsStats.median)} | ${fmt(theirsStats.min)} | ${fmt(theirsStats.max)} |`,
        '',
        `Ratio of medians, ours / html-to-image: **${ratio.toFixed(2)}×**. Goal: ≤ ${GOAL_RATIO}× — **${pass ? 'PASS' : 'FAIL'}**.`,
        '',
        `Each exporter's first export in the page (the first warm-up, not counted; ours makes its canvas then): ours ${fmt(first.ours)} ms, html-to-image ${fmt(first.theirs)} ms.`,
        '',
        'Numbers vary with machine load (these machines have 2 cores); rerun with `npm run bench:export -- --no-build` to check.',
        '',
      ].join('\n');
      await writeDocSection(SECTION_HEADING, section);
      step(`wrote "${SECTION_HEADING}" in ${path.relative(ROOT, PERF_DOC)}`);
    }
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench:export could not run: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
}
