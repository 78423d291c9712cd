// In-page instruments for browser benchmarks: long tasks, click timestamps and timings (read by
// click-timing.mjs), scrolling a page through so its lazily drawn charts draw.

/**
 * @typedef {object} LongTask
 * @property {number} start     ms since the document's time origin
 * @property {number} duration  ms
 * @property {string} [cause]   what filled it, from the Long Animation Frame that holds it (see causeOf)
 */

/**
 * @typedef {object} ProbePage  what the probes need of a page: a Playwright page, or a bare one
 *   (scripts/lib/bare-chromium.mjs)
 * @property {(fn: (arg: any) => any, arg?: any) => Promise<any>} evaluate
 * @property {(ms: number) => Promise<void>} waitForTimeout
 */

/**
 * @typedef {object} FrameWork  a long animation frame: the script and rendering work in it
 * @property {number} start
 * @property {number} duration
 * @property {number} styleAndLayout  ms of style and layout at the frame's end
 * @property {{ source: string, invoker: string, name: string, duration: number }[]} scripts
 *   `invoker` is the script's invokerType ('module-script', 'user-callback', …), `name` its invoker
 *   ('TimerHandler:setTimeout', …), `source` the file of the function run ('' for the page's inline
 *   script or a built-in function)
 */

/**
 * Init script (runs in every document before the page's own scripts): records long tasks and long
 * animation frames (both buffered) and the timeStamp of every click in `window.__bench`. Init scripts
 * are not subject to the page's Content-Security-Policy.
 */
export function installProbes() {
  /** @type {any} */
  const w = window;
  if (w.__bench) return;
  const bench = {
    longTasks: /** @type {{ start: number, duration: number }[]} */ ([]),
    frames: /** @type {FrameWork[]} */ ([]),
    clicks: /** @type {number[]} */ ([]),
    clickTimings: /** @type {{ start: number, duration: number }[]} */ ([]),
  };
  w.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the list stays empty
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of /** @type {any[]} */ (list.getEntries())) {
        bench.frames.push({
          start: entry.startTime,
          duration: entry.duration,
          styleAndLayout: entry.styleAndLayoutStart ? entry.startTime + entry.duration - entry.styleAndLayoutStart : 0,
          scripts: entry.scripts.map((/** @type {any} */ script) => ({
            // The page's own (inline) script has the page's address as its source: said as no file.
            source: script.sourceURL === location.href ? '' : (String(script.sourceURL).split('/').pop() ?? ''),
            invoker: script.invokerType,
            name: script.invoker,
            duration: script.duration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // no Long Animation Frames API: long tasks go without a cause
  }
  try {
    // Event Timing: a click's duration runs from the input to the next frame painted after its handlers.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'click') bench.clickTimings.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold: 16, buffered: true }));
  } catch {
    // no Event Timing API: clicks go without their next paint
  }
  // Capture phase on window: the first listener to see the click, whatever the page does with it.
  addEventListener('click', (event) => bench.clicks.push(event.timeStamp), true);
}

/**
 * A long animation frame's script, said as what ran.
 * @param {FrameWork['scripts'][number]} script
 * @returns {string}
 */
function scriptText({ source, invoker, name }) {
  if (invoker === 'module-script') return `evaluating ${source}`;
  if (source) return `${invoker} in ${source}`;
  // A callback with no file is a built-in function: in the app, a promise's resolve given to a timer
  // (src/next-task.ts, a chunk's top-level await), and the code awaiting it runs in the same task.
  return invoker === 'classic-script' ? 'the inline script' : `${name} calling a built-in function`;
}

/**
 * What filled a long task, read from the long animation frame it falls in: the longest script there
 * (a module evaluated, or a callback such as React's scheduler) or the frame's style and layout,
 * whichever took longer. Undefined when no frame holds the task or what the frame names does not fill
 * at least half of the task (the rest is the browser's own work, which the frame does not break down:
 * parsing, loading fonts, compiling, collecting garbage).
 * @param {{ start: number, duration: number }} task
 * @param {FrameWork[]} frames
 * @returns {string | undefined}
 */
function causeOf(task, frames) {
  const frame = frames.find((f) => f.start <= task.start + 1 && task.start < f.start + f.duration);
  if (!frame) return undefined;
  const script = frame.scripts.reduce((longest, s) => (longest && longest.duration >= s.duration ? longest : s), /** @type {FrameWork['scripts'][number] | undefined} */ (undefined));
  const fills = (/** @type {number} */ ms) => ms >= task.duration / 2;
  if (script && script.duration >= frame.styleAndLayout) {
    if (!fills(script.duration)) return undefined;
    return `${scriptText(script)} ${Math.round(script.duration)} ms`;
  }
  return fills(frame.styleAndLayout) ? `style and layout ${Math.round(frame.styleAndLayout)} ms` : undefined;
}

/**
 * The long tasks recorded so far in the page's current document, each with its cause where known.
 * @param {ProbePage} page
 * @returns {Promise<LongTask[]>}
 */
export async function longTasks(page) {
  const { tasks, frames } = await page.evaluate(() => {
    /** @type {any} */
    const bench = /** @type {any} */ (window).__bench;
    return { tasks: [...bench.longTasks], frames: [...bench.frames] };
  });
  return tasks.map((/** @type {LongTask} */ task) => ({ ...task, cause: causeOf(task, frames) }));
}

/**
 * The page on screen: beside it the app keeps the nav's other pages, prepared out of sight
 * (`.page-ready`) or hidden (src/app/page-switch.tsx), whose charts are not the visit's.
 */
const SHOWN_PAGE = 'main > div:not([hidden]):not(.page-ready)';

/**
 * Scrolls to the bottom in steps of half a screen, `pauseMs` apart (the page may grow as it goes), then
 * waits until no lazy chart placeholder is left on the page shown (`.chart-placeholder`: charts not yet
 * drawn) or `timeoutMs` has passed. Returns how many placeholders were left (0 when every chart drew).
 * @param {ProbePage} page
 * @param {{ pauseMs?: number, timeoutMs?: number }} [options]
 * @returns {Promise<{ steps: number, placeholdersLeft: number, charts: number }>}
 */
export async function scrollThrough(page, { pauseMs = 250, timeoutMs = 30_000 } = {}) {
  let steps = 0;
  for (; steps < 200; steps += 1) {
    const atBottom = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      if (window.scrollY + window.innerHeight >= root.scrollHeight - 2) return true;
      window.scrollBy({ top: Math.round(window.innerHeight / 2), behavior: 'instant' });
      return false;
    });
    if (atBottom) break;
    await page.waitForTimeout(pauseMs);
  }
  const deadline = Date.now() + timeoutMs;
  let placeholdersLeft = 0;
  for (;;) {
    placeholdersLeft = await page.evaluate((shown) => document.querySelectorAll(`${shown} .chart-placeholder`).length, SHOWN_PAGE);
    if (placeholdersLeft === 0 || Date.now() > deadline) break;
    await page.waitForTimeout(200);
  }
  const charts = await page.evaluate((shown) => document.querySelectorAll(`${shown} .recharts-wrapper`).length, SHOWN_PAGE);
  return { steps, placeholdersLeft, charts };
}

/**
 * Polls a condition in a bare page until it holds.
 * @template A
 * @param {import('./bare-chromium.mjs').BarePage} page
 * @param {(arg: A) => boolean} condition
 * @param {A} arg
 * @param {number} timeoutMs
 */
export async function waitUntil(page, condition, arg, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(condition, arg))) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${condition.toString()}`);
    await page.waitForTimeout(100);
  }
}

/**
 * Waits until a bare page shows figures: its h1 and at least one figure card (an article in main).
 * @param {import('./bare-chromium.mjs').BarePage} page
 * @param {number} timeoutMs
 */
export function waitForFiguresBare(page, timeoutMs) {
  return waitUntil(page, () => Boolean(document.querySelector('h1') && document.querySelector('main article')), undefined, timeoutMs);
}
