// Stage 2 of the benchmark: the JavaScript a first visit downloads, per route and viewport, before and
// after scrolling, in Chromium driven by Playwright (its instrumentation slows scripts, not their size).
import path from 'node:path';
import { FILTER_AREA, GOALS, KB, ROUTES, VIEWPORTS } from './bench-config.mjs';
import { errorText, kb, verdict } from './bench-format.mjs';
import { sampleLoad } from './bench-load-average.mjs';
import { gzipSize, trackNetwork } from './network.mjs';
import { scrollThrough } from './page-probes.mjs';

/**
 * Waits until the route's figures are on screen: the overview's h1 "2024年工作总览" and its first area
 * section (新兴领域党建), or an area page's h1 and its "数据一览" region.
 * @param {import('@playwright/test').Page} page
 * @param {import('./bench-config.mjs').Route} route
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

/**
 * @typedef {object} JsResult
 * @property {import('./bench-config.mjs').Route} route
 * @property {typeof VIEWPORTS[number]} viewport
 * @property {import('./network.mjs').ScriptLoad[]} noScroll
 * @property {import('./network.mjs').ScriptLoad[]} scrolled
 * @property {{ steps: number, placeholdersLeft: number, charts: number }} [scroll]
 * @property {string[]} notes
 * @property {string} [error]
 */

/** @param {import('./network.mjs').ScriptLoad[]} scripts */
export const gzTotal = (scripts) => scripts.reduce((sum, script) => sum + script.gzipBytes, 0);

/**
 * The budget holds after scrolling too: on a screen tall enough to show a chart at once, the first
 * visit is what this visit downloads by the time it has drawn every chart.
 * @param {JsResult} result
 */
export const withinJsBudget = (result) => !result.error && gzTotal(result.scrolled) <= GOALS.jsKb * KB;

/**
 * Makes sure the service worker's script is counted: Playwright reports it as a request of the worker;
 * when it did not (or handed over no body), its size is fetched from the server and noted.
 * @param {import('./network.mjs').ScriptLoad[]} scripts
 * @param {string[]} workerUrls  service workers that started in the context
 * @param {string} baseUrl
 * @param {string[]} notes
 */
async function withServiceWorker(scripts, workerUrls, baseUrl, notes) {
  const fallbackUrl = `${baseUrl}/mock-api-worker.js`;
  const result = [...scripts];
  for (const url of workerUrls) {
    if (result.some((script) => script.url === url)) continue;
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    result.push({ url, name: path.posix.basename(new URL(url).pathname), bytes: body.length, gzipBytes: gzipSize(body), serviceWorker: true, at: Infinity, note: 'not seen as a response; size fetched from the server' });
    notes.push(`${url} started but its response was not seen; its size was fetched from the server`);
  }
  if (workerUrls.length === 0 && !result.some((script) => script.url === fallbackUrl)) {
    notes.push('no service worker started in this visit (so /mock-api-worker.js is not counted)');
  }
  return result;
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl
 * @returns {Promise<JsResult[]>}
 */
export async function jsStage(browser, baseUrl) {
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
