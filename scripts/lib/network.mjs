// Watches a Playwright browser context's network: waits for it to fall quiet, and collects the
// JavaScript it loaded (page scripts, module preloads, and service worker scripts).

import { gzipSync } from 'node:zlib';

/**
 * @typedef {object} ScriptLoad
 * @property {string} url
 * @property {string} name        the file name, e.g. main-DQ_icco_.js
 * @property {number} bytes       the response body as served, uncompressed
 * @property {number} gzipBytes   the body gzipped here as `vite preview` sends it (gzipSize)
 * @property {boolean} serviceWorker  the script of a service worker that started (requested by its registration)
 * @property {number} at          ms since the tracker started
 * @property {string} [note]      how the size was found when the browser did not hand over the body
 */

/**
 * A script's size gzipped as `vite preview` sends it: at zlib's default level (6), which counts a
 * little more than the smallest gzip (level 9).
 * @param {Buffer} body
 * @returns {number}
 */
export function gzipSize(body) {
  return gzipSync(body, { level: 6 }).length;
}

/** @param {string} url */
function fileName(url) {
  const { pathname } = new URL(url);
  return pathname.split('/').filter(Boolean).pop() ?? pathname;
}

/** @param {string} url */
function looksLikeScript(url) {
  try {
    return /\.(m?js)$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * Starts watching `context`. Counts requests in flight (from pages and service workers) and records every
 * script response once per URL (the same script seen from the page and from the service worker that
 * passed it on counts once).
 * @param {import('@playwright/test').BrowserContext} context
 */
export function trackNetwork(context) {
  const started = performance.now();
  /** @type {Map<import('@playwright/test').Request, number>} requests in flight, with when they started */
  const inFlight = new Map();
  let lastActivity = performance.now();
  /** @type {Map<string, Promise<ScriptLoad | null>>} */
  const scripts = new Map();
  /** @type {string[]} */
  const serviceWorkers = [];

  /** @param {import('@playwright/test').Request} request */
  const isScript = (request) => request.resourceType() === 'script' || looksLikeScript(request.url());

  /** @param {import('@playwright/test').Request} request */
  const onRequest = (request) => {
    lastActivity = performance.now();
    inFlight.set(request, lastActivity);
  };
  /** @param {import('@playwright/test').Request} request */
  const onDone = (request) => {
    inFlight.delete(request);
    lastActivity = performance.now();
  };
  /** @param {import('@playwright/test').Response} response */
  const onResponse = (response) => {
    const request = response.request();
    const url = response.url();
    if (!isScript(request) || !url.startsWith('http') || scripts.has(url)) return;
    const at = performance.now() - started;
    scripts.set(
      url,
      (async () => {
        if (response.status() < 200 || response.status() >= 300) return null;
        /** @type {Buffer} */
        let body;
        let note;
        try {
          body = await response.body();
        } catch {
          // The browser no longer holds the body (e.g. the page went away): ask the server for the same file.
          body = Buffer.from(await (await fetch(url)).arrayBuffer());
          note = 'size fetched from the server';
        }
        return { url, name: fileName(url), bytes: body.length, gzipBytes: gzipSize(body), serviceWorker: false, at, note };
      })(),
    );
  };
  /** @param {import('@playwright/test').Worker} worker */
  const onServiceWorker = (worker) => {
    serviceWorkers.push(worker.url());
  };

  context.on('request', onRequest);
  context.on('requestfinished', onDone);
  context.on('requestfailed', onDone);
  context.on('response', onResponse);
  context.on('serviceworker', onServiceWorker);

  return {
    /**
     * Resolves once no request has been in flight for `quietMs` (requests open longer than `staleMs` are
     * ignored: a stream or long poll would otherwise keep the network busy for ever). Gives up after
     * `timeoutMs` and resolves false.
     * @param {{ quietMs?: number, timeoutMs?: number, staleMs?: number }} [options]
     * @returns {Promise<boolean>}
     */
    async waitForQuiet({ quietMs = 500, timeoutMs = 30_000, staleMs = 15_000 } = {}) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const now = performance.now();
        const open = [...inFlight.values()].filter((since) => now - since <= staleMs);
        if (open.length === 0 && now - lastActivity >= quietMs) return true;
        if (now > deadline) return false;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    /**
     * The scripts loaded so far, in the order their responses arrived.
     * @returns {Promise<ScriptLoad[]>}
     */
    async scripts() {
      const loads = /** @type {ScriptLoad[]} */ ((await Promise.all(scripts.values())).filter(Boolean));
      // A worker's own script (not a page script the worker fetched on the page's behalf): known by the
      // URL of the service workers that started.
      return loads.map((load) => ({ ...load, serviceWorker: serviceWorkers.includes(load.url) })).sort((a, b) => a.at - b.at);
    },
    /** Service worker script URLs that started in this context. */
    serviceWorkers: () => [...serviceWorkers],
    stop() {
      context.off('request', onRequest);
      context.off('requestfinished', onDone);
      context.off('requestfailed', onDone);
      context.off('response', onResponse);
      context.off('serviceworker', onServiceWorker);
    },
  };
}
