import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readPng } from './files';
import { chart, charts, SHOWN_PAGE } from './support';

/** The first chart on /governance: scrolled to, so drawn, before anything is printed. */
const FIRST = '村(社区)内外部挂牌总数';
/** Its last chart, three screens down: not drawn until the reader scrolls near it. */
const LAST = '小区治理骨干力量';

/** Opens /governance and scrolls to its first chart, as a reader would, until it is drawn; no further. */
async function openGovernance(page: Page): Promise<void> {
  await page.goto('/governance');
  await expect(charts(page)).toHaveCount(6);
  const first = chart(page, FIRST);
  await first.scrollIntoViewIfNeeded();
  await expect(first.getByRole('application')).toBeVisible();
}

/** The page as the printer gets it: print media, after the browser's `beforeprint`. */
async function printView(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
}

test.describe('printing a page', () => {
  test('prints the report without the controls, and a chart not yet drawn as its table', async ({ page }) => {
    await openGovernance(page);
    const last = chart(page, LAST);
    await expect(last.getByRole('application')).toHaveCount(0);
    await printView(page);

    await expect(page.getByText('海口社会工作看板', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /^党建引领基层治理/ })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
    await expect(page.getByRole('button', { name: /^下载 PNG/ }).first()).toBeHidden();
    await expect(page.getByRole('button', { name: /导出本页全部图表/ })).toBeHidden();
    await expect(page.getByRole('button', { name: '以表格查看' }).first()).toBeHidden();

    // Drawn: printed as drawn, with no table beside it.
    const first = chart(page, FIRST);
    await expect(first.getByRole('application')).toBeVisible();
    await expect(first.getByRole('table')).toBeHidden();
    // Not drawn: its figures as a table, where the screen has a grey box.
    await expect(last.locator('.chart-placeholder')).toBeHidden();
    const table = last.getByRole('table', { name: `${LAST} · 数据表` });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row', { name: /小区党建工作指导员 4,000\+ 名/ })).toBeVisible();

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(last.getByRole('table')).toHaveCount(0);
  });

  test('a table the reader opened prints once', async ({ page }) => {
    await openGovernance(page);
    const last = chart(page, LAST);
    await last.getByRole('button', { name: '以表格查看' }).click();
    await printView(page);
    // Both are built; the accessibility tree, like the paper, has only the one the reader opened.
    await expect(last.locator('table')).toHaveCount(2);
    await expect(last.getByRole('table', { name: `${LAST} · 数据表` })).toHaveCount(1);
  });

  test('the browser’s own print (Ctrl+P) builds the tables before it lays the page out', async ({ page }) => {
    await openGovernance(page);
    // A listener added after the app's: it runs once the app has handled the same event. It counts the
    // tables of the page shown (not of the pages kept ready out of sight, which do not print).
    await page.evaluate((shown) => {
      window.addEventListener('beforeprint', () => {
        document.body.dataset.printTables = String(document.querySelectorAll(`${shown} figure table`).length);
      });
    }, SHOWN_PAGE);
    await page.pdf({ format: 'A4' });
    // One for each of its six charts, drawn or not: the print style picks which to show.
    expect(await page.locator('body').getAttribute('data-print-tables')).toBe('6');
    // Printed, the page is as it was.
    await expect(page.getByRole('main').getByRole('table')).toHaveCount(0);
  });

  test("the overview's filter prints as the line that says what it shows, without its checkboxes", async ({ page }) => {
    await page.goto('/?area=governance');
    const filter = page.getByRole('group', { name: '按工作板块筛选' });
    await expect(filter.getByRole('checkbox', { name: '党建引领基层治理' })).toBeChecked();
    await expect(page.getByText('筛选：党建引领基层治理', { exact: true })).toBeHidden();
    await printView(page);
    await expect(page.getByText('筛选：党建引领基层治理', { exact: true })).toBeVisible();
    await expect(filter.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByText('至少保留一个板块')).toBeHidden();

    // Not filtered, the print says nothing about a filter.
    await page.emulateMedia({ media: 'screen' });
    await filter.getByRole('checkbox', { name: '新兴领域党建' }).check();
    await filter.getByRole('checkbox', { name: '凝聚服务群众' }).check();
    await printView(page);
    await expect(page.getByText(/^筛选：/)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a page in dark mode prints dark on white', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openGovernance(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await printView(page);
    await expect(page.locator('body')).toHaveCSS('color', 'rgb(27, 31, 36)');
    await expect(page.locator('.app-header')).toHaveCSS('color', 'rgb(27, 31, 36)');
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    // Printed with its backgrounds (Chrome's 背景图形, or a PDF saved with them), the paper under the
    // page is white too, not the dark mode's canvas.
    const corner = readPng(await page.screenshot({ clip: { x: 0, y: 0, width: 16, height: 16 } }));
    expect(corner.inked, 'share of the corner that is not white').toBe(0);
  });
});
