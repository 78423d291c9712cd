// What the browser alone costs: the long tasks of pages with no script at all, measured as the
// routes are, so the routes' figures can be read against them.
import { createServer } from 'node:http';
import { openBarePage } from './bare-chromium.mjs';
import { installProbes, longTasks } from './page-probes.mjs';
import { appFontStack, openWarmBarePage } from './warm-browser.mjs';

/**
 * @typedef {object} ControlPage
 * @property {string} id
 * @property {string} description  what the page holds and how it is visited, for the report
 * @property {string} html
 * @property {boolean} warm  visited in a browser that has shown another site's Chinese page first
 */

/**
 * Pages in the app's language, nothing of the app's own in them. The first lays out one line in the
 * browser's default font. The second is the least a page of the dashboard shows: a bold heading and a
 * line of text in the app's font stack, so its first layout sets up the CJK font in both weights, as
 * every route's does in a fresh browser. The third is the second visited in a browser that has shown
 * Chinese text before (warm-browser.mjs), as a user's has.
 * @returns {ControlPage[]}
 */
export function controlPages() {
  const head = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>对照页</title>';
  const heading = `${head}<style>body { font-family: ${appFontStack()} }</style><h1>海口社会工作看板</h1><p>2024年工作总览</p></html>`;
  const headingText = 'a bold heading and one line of Chinese in the app\'s font stack (--font-sans)';
  return [
    { id: 'line', description: 'one line of Chinese in the browser\'s default font', html: `${head}<p>海口社会工作看板</p></html>`, warm: false },
    { id: 'heading', description: headingText, html: heading, warm: false },
    { id: 'heading-warm', description: `${headingText}, in a browser that has shown another site's Chinese page first`, html: heading, warm: true },
  ];
}

/**
 * Visits each control page `visits` times, the pages alternating, each visit in a fresh Chromium (no
 * font or code cache; for a warm page, one that has shown another site's page first), and returns the
 * long tasks of each visit per page. Served over HTTP from a server of its own, as the routes are from theirs.
 * @param {{ width: number, height: number, cpuSlowdown: number, visits: number, settleMs: number }} options
 * @returns {Promise<{ page: ControlPage, visits: import('./page-probes.mjs').LongTask[][] }[]>}
 */
export async function controlPageTasks({ width, height, cpuSlowdown, visits, settleMs }) {
  const results = controlPages().map((page) => ({ page, visits: /** @type {import('./page-probes.mjs').LongTask[][]} */ ([]) }));
  const server = createServer((request, response) => {
    const found = results.find((result) => request.url === `/${result.page.id}`);
    response.writeHead(found ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(found?.page.html ?? '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  try {
    for (let visit = 0; visit < visits; visit++) {
      for (const result of results) {
        const open = result.page.warm ? openWarmBarePage : openBarePage;
        const page = await open({ width, height, cpuSlowdown, initScript: installProbes });
        try {
          await page.goto(`http://127.0.0.1:${port}/${result.page.id}`);
          await page.waitForTimeout(settleMs);
          result.visits.push(await longTasks(page));
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    server.close();
  }
  return results;
}
