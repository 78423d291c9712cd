// What the browser alone costs: the long tasks of a page with no script at all, measured as the
// routes are, so the routes' figures can be read against it.
import { createServer } from 'node:http';
import { openBarePage } from './bare-chromium.mjs';
import { installProbes, longTasks } from './page-probes.mjs';

/**
 * One line of Chinese in the app's language and nothing else: its first layout loads a CJK font,
 * which every page of the dashboard pays too. Served over HTTP from a server of its own, as the routes are
 * from theirs, so nothing of the app is in it.
 */
const CONTROL_PAGE_HTML = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>对照页</title><p>海口社会工作看板</p></html>';

/**
 * Visits the control page `visits` times, each in a fresh Chromium (no font or code cache), and
 * returns the long tasks of each visit.
 * @param {{ width: number, height: number, cpuSlowdown: number, visits: number, settleMs: number }} options
 * @returns {Promise<import('./page-probes.mjs').LongTask[][]>}
 */
export async function controlPageTasks({ width, height, cpuSlowdown, visits, settleMs }) {
  /** @type {import('./page-probes.mjs').LongTask[][]} */
  const results = [];
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(CONTROL_PAGE_HTML);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  try {
    for (let visit = 0; visit < visits; visit++) {
      const page = await openBarePage({ width, height, cpuSlowdown, initScript: installProbes });
      try {
        await page.goto(`http://127.0.0.1:${port}/`);
        await page.waitForTimeout(settleMs);
        results.push(await longTasks(page));
      } finally {
        await page.close();
      }
    }
  } finally {
    server.close();
  }
  return results;
}
