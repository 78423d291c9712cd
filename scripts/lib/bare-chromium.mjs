// A Chromium page driven over the DevTools pipe with no domain enabled: for timings that Playwright's
// own instrumentation would change. Playwright enables the Runtime and Page domains on every page it
// drives, and with an inspector listening V8 does extra work as scripts run (it collects source
// positions for stack traces): React DOM's module evaluation measured 77–112 ms at 1× under Playwright
// here, and stayed under 10 ms in the same browser with only this pipe attached.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.mjs';

/**
 * @typedef {object} BarePage
 * @property {<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) => Promise<T>} evaluate
 *   runs a function in the page (it is sent as source text: no closures) and returns its JSON result
 * @property {(ms: number) => Promise<void>} waitForTimeout
 * @property {(url: string) => Promise<void>} goto  navigates; resolves once the navigation has committed
 * @property {(selector: string) => Promise<void>} click
 *   scrolls the first element matching the selector into view and clicks its centre with the mouse
 * @property {() => Promise<void>} close  ends the browser and removes its profile
 */

/**
 * Starts a fresh Chromium (new profile: no cache, no service worker; zh-CN) with one page of the given size,
 * its CPU slowed `cpuSlowdown` times, and `initScript` run in every document before the page's scripts.
 * @param {{ width: number, height: number, cpuSlowdown?: number, initScript?: () => void }} options
 * @returns {Promise<BarePage>}
 */
export async function openBarePage({ width, height, cpuSlowdown = 1, initScript }) {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-chromium-'));
  const browser = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--lang=zh-CN', `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const toBrowser = /** @type {import('node:stream').Writable} */ (browser.stdio[3]);
  const fromBrowser = /** @type {import('node:stream').Readable} */ (browser.stdio[4]);

  let nextId = 0;
  /** @type {Map<number, { resolve: (value: any) => void, reject: (error: Error) => void }>} */
  const pending = new Map();
  let buffered = '';
  // Decoded as a stream, so a character split between two chunks (the page's Chinese text) stays whole.
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (/** @type {string} */ chunk) => {
    buffered += chunk;
    let end;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiter = pending.get(message.id);
      if (!waiter) continue;
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${message.error.message} (${message.error.code})`));
      else waiter.resolve(message.result);
    }
  });
  // A browser that dies fails what is waiting on it rather than leaving the bench hanging.
  browser.once('exit', (code, signal) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`Chromium exited (${signal ?? `code ${code}`})`));
    pending.clear();
  });
  /**
   * @param {string} method
   * @param {object} [params]
   * @param {string} [sessionId]
   * @returns {Promise<any>}
   */
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });

  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  /** @param {string} method @param {object} [params] */
  const page = (method, params) => send(method, params, sessionId);
  await page('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
  if (cpuSlowdown > 1) await page('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (initScript) {
    // Init scripts need the Page domain (Blink's, not V8's: it does not slow scripts down).
    await page('Page.enable');
    await page('Page.addScriptToEvaluateOnNewDocument', { source: `(${initScript.toString()})();` });
  }

  /** @type {BarePage['evaluate']} */
  async function evaluate(fn, arg) {
    const expression = `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
    const { result, exceptionDetails } = await page('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`In the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  return {
    evaluate,
    waitForTimeout: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    async click(selector) {
      const point = await evaluate((/** @type {string} */ css) => {
        const element = document.querySelector(css);
        if (!element) return null;
        element.scrollIntoView({ block: 'center', behavior: 'instant' });
        const box = element.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }, selector);
      if (!point) throw new Error(`Nothing to click: no element matches ${selector}`);
      for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased']) {
        await page('Input.dispatchMouseEvent', { type, ...point, button: 'left', clickCount: type === 'mouseMoved' ? 0 : 1 });
      }
    },
    async goto(url) {
      const { errorText } = await page('Page.navigate', { url });
      if (errorText) throw new Error(`Navigation to ${url} failed: ${errorText}`);
    },
    async close() {
      await send('Browser.close').catch(() => {});
      await new Promise((resolve) => (browser.exitCode === null ? browser.once('exit', resolve) : resolve(undefined)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
