// The browser a user of the dashboard already has open: one that has shown Chinese text before. A fresh
// Chromium sets up its CJK fonts at the first page that needs them (the lookups run in the browser
// process and the page waits for them, some 40 ms a weight at 4× here); a browser that has shown a
// Chinese page, any site's, has done that already. Visits measured both ways tell the page's own work
// from that one-time setup.
import { readFileSync } from 'node:fs';
import { openBarePage } from './bare-chromium.mjs';

/** The app's font stack, read from its stylesheet so the pages that stand in for it keep to it. */
export function appFontStack() {
  const tokens = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
  const match = /--font-sans:\s*([^;]+);/.exec(tokens);
  if (!match) throw new Error('No --font-sans in src/styles/tokens.css');
  return match[1].replace(/\s+/g, ' ');
}

/**
 * Another site's page of Chinese text, in both weights of the app's font stack: a data: URL, so it is
 * no origin of the app's and shares no renderer, cache or storage with it.
 */
const OTHER_SITE = `data:text/html;charset=utf-8,${encodeURIComponent(
  `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>新闻</title><style>body { font-family: ${appFontStack()} }</style><h1>新年贺词</h1><p>各位同志，大家好。</p></html>`,
)}`;

/**
 * Like openBarePage, but the browser has first shown another site's Chinese page and drawn it.
 * @param {Parameters<typeof openBarePage>[0]} options
 * @returns {Promise<import('./bare-chromium.mjs').BarePage>}
 */
export async function openWarmBarePage(options) {
  const page = await openBarePage(options);
  try {
    await page.goto(OTHER_SITE);
    // Resolves after a frame has been drawn, so its layout (and the fonts it set up) is done.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    await page.waitForTimeout(500);
  } catch (error) {
    await page.close();
    throw error;
  }
  return page;
}
