// What the browser alone costs: the long tasks of pages with no script at all, measured as the
// routes are, so the routes' figures can be read against them.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { openBarePage } from './bare-chromium.mjs';
import { installProbes, longTasks } from './page-probes.mjs';

/** The app's font stack, read from its stylesheet so the control page keeps to it. */
function appFontStack() {
  const tokens = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
  const match = /--font-sans:\s*([^;]+);/.exec(tokens);
  if (!match) throw new Error('No --font-sans in src/styles/tokens.css');
  return match[1].replace(/\s+/g, ' ');
}

/**
 * @typedef {object} ControlPage
 * @property {string} id
 * @property {string} description  what the page holds, for the report
 * @property {string} html
 */

/**
 * Two pages in the app's language, nothing of the app's own in them. The first lays out one line in the
 * browser's default font. The second is the least a page of the dashboard shows: a bold heading and a
 * line of text in the app's font stack, so its first layout sets up the CJK font in both weights, as
 * every route's does.
 * @returns {ControlPage[]}
 */
export function controlPages() {
  const head = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>对照页</title>';
  return [
    { id: 'line', description: 'one line of Chinese in the browser\'s default font', html: `${head}<p>海口社会工作看板</p></html>` },
    {
      id: 'heading',
      description: 'a bold heading and one line of Chinese in the app\'s font stack (--font-sans)',
      html: `${head}<style>body { font-family: ${appFontStack()} }</style><h1>海口社会工作看板</h1><p>2024年工作总览</p></html>`,
    },
  ];
}

/**
 * Visits each control page `visits` times, the pages alternating, each visit in a fresh Chromium (no
 * font or code cache), and returns the long tasks of each visit per page. Served over HTTP from a server
 * of its own, as the routes are from theirs.
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
        const page = await openBarePage({ width, height, cpuSlowdown, initScript: installProbes });
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
