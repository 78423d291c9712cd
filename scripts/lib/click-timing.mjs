// Timing a click in a page that runs installProbes (page-probes.mjs): click → the next frame where the
// change it makes is on screen, and the click's own next paint.

/**
 * @typedef {{ absent: string } | { visible: string, text?: string }} DomCondition
 *   absent: no element matches the selector; visible: an element matching the selector (and containing
 *   `text`) is rendered (checkVisibility, non-empty box).
 */

/** How long after the last frame timed the page is left, for long tasks and the click's timing to be reported. */
export const TASK_TAIL_MS = 300;

/**
 * Measures click → the next frame showing the change. Arms a MutationObserver in the page that waits for
 * `condition` to hold in the DOM (no code is evaluated from text: the page's CSP forbids eval), runs
 * `click` (which must click once: a Playwright locator's click, or a bare page's), and resolves with the time from the
 * click event's timeStamp (when the browser received the input) to the end of the first rendering update
 * after the change: a requestAnimationFrame callback, then a task posted from it (which runs after that
 * frame's style, layout and paint). Also `nextPaint`: the click's Event Timing duration, from the input
 * to the first frame painted after its handlers ran (its INP), whether or not that frame shows the
 * change; 16 when the browser reports none (it reports clicks of 16 ms and longer, in steps of 8 ms).
 * With `later`, a second condition watched from the same click (what comes after the change, say a
 * new page's first chart after its heading): `laterMs` is the click → the frame showing it, and the
 * long tasks run until TASK_TAIL_MS after the later of the two frames.
 * @param {import('./page-probes.mjs').ProbePage} page
 * @param {DomCondition} condition
 * @param {() => Promise<unknown>} click
 * @param {{ timeoutMs?: number, later?: DomCondition }} [options]
 * @returns {Promise<{ ms: number, laterMs?: number, nextPaint: number, clickAt: number, frameAt: number, longTasks: import('./page-probes.mjs').LongTask[] }>}
 */
export async function timeClickToFrame(page, condition, click, { timeoutMs = 20_000, later } = {}) {
  await page.evaluate(
    ({ conditions, timeoutMs }) => {
      /** @type {any} */
      const bench = /** @type {any} */ (window).__bench;
      /** @param {any} condition */
      const holds = (condition) => {
        if ('absent' in condition) return document.querySelector(condition.absent) === null;
        return [...document.querySelectorAll(condition.visible)].some((element) => {
          if (condition.text !== undefined && !(element.textContent ?? '').includes(condition.text)) return false;
          const box = element.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
        });
      };
      /** Resolves with the end of the first frame after `condition` holds. @param {any} condition */
      const frameShowing = (condition) => {
        const pending = new Promise((resolve, reject) => {
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${JSON.stringify(condition)}`));
          }, timeoutMs);
          const done = () => {
            observer.disconnect();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                clearTimeout(timer);
                resolve(performance.now());
              };
              channel.port2.postMessage(null);
            });
          };
          const observer = new MutationObserver(() => {
            if (holds(condition)) done();
          });
          observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
        });
        // Never reject unobserved.
        pending.catch(() => {});
        return pending;
      };
      bench.clicksBefore = bench.clicks.length;
      bench.tasksBefore = bench.longTasks.length;
      bench.pending = conditions.map(frameShowing);
    },
    { conditions: later ? [condition, later] : [condition], timeoutMs },
  );
  await click();
  return page.evaluate(async (/** @type {number} */ tailMs) => {
    /** @type {any} */
    const bench = /** @type {any} */ (window).__bench;
    const [frameAt, laterAt] = await Promise.all(bench.pending);
    const clickAt = bench.clicks[bench.clicksBefore];
    if (clickAt === undefined) throw new Error('No click event reached the page');
    // Leave the page a moment for long tasks that end after the frame, and the click's timing, to be reported.
    await new Promise((resolve) => setTimeout(resolve, tailMs));
    const timing = bench.clickTimings.find((/** @type {{ start: number }} */ entry) => Math.abs(entry.start - clickAt) < 1);
    const nextPaint = timing ? timing.duration : 16;
    const laterMs = laterAt === undefined ? undefined : laterAt - clickAt;
    return { ms: frameAt - clickAt, laterMs, nextPaint, clickAt, frameAt, longTasks: bench.longTasks.slice(bench.tasksBefore) };
  }, TASK_TAIL_MS);
}
