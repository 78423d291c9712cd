import type { Page, Route } from '@playwright/test';
import { ROUTES, area, enHeading, zhHeading } from './areas';
import { expect, test } from './fixtures';
import { chart, kpi } from './support';

test.describe('when the built-in data service cannot start (no worker, and its code in the page cannot load)', () => {
  test.use({
    serviceWorkers: 'block',
    expectedConsoleErrors: { 'the blocked code fails to load': /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED/ },
  });
  const IN_PAGE_CODE = '**/assets/in-page-*.js';
  test.beforeEach(async ({ page }) => {
    await page.route(IN_PAGE_CODE, (route) => route.abort('internetdisconnected'));
  });

  for (const route of ROUTES) {
    test(`${route.path} says so in plain words within 5 s, with Retry, inside the page`, async ({ page }) => {
      const started = Date.now();
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1, name: route.heading, exact: true })).toBeVisible();
      await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('数据服务不可用', { timeout: 5_000 });
      // What the user can do about it, not only what broke.
      await expect(alert).toContainText('请检查网络连接后重试；仍不行请联系单位信息技术人员');
      await expect(alert.getByRole('button', { name: '重试', exact: true })).toBeEnabled({ timeout: 5_000 });
      expect(Date.now() - started, 'ms until the user is told').toBeLessThan(5_000);
    });
  }

  test('Retry tries again and, still failing, says so again; once the code loads, Retry brings the figures', async ({ page }) => {
    await page.goto(area('governance').path);
    const alert = page.getByRole('alert');
    const retry = alert.getByRole('button', { name: '重试', exact: true });
    await expect(retry).toBeEnabled();
    await retry.click();
    // Not a wrong "not found" from asking the real server: the data service is still unavailable.
    await expect(alert).toContainText('数据服务不可用');
    await expect(retry).toBeEnabled();
    // The focus is on Retry again, ready for another try: not left on the panel or the page.
    await expect(retry).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: zhHeading(area('governance')), exact: true })).toBeVisible();

    await page.unroute(IN_PAGE_CODE);
    await retry.click();
    await expect(kpi(page, '村(社区)内外部挂牌总数')).toContainText('4,272');
    await expect(alert).toHaveCount(0);
  });
});

declare global {
  interface Window {
    /** Set by failWhileDown below: whether the simulated outage is still on. */
    __outage?: { down: boolean };
  }
}

/**
 * The mock API answers from a service worker, out of reach of Playwright's page.route. So the outage
 * is simulated where the app meets the network: the page's fetch answers 500 for one path while the
 * outage lasts; every other request, and this one once it is over, goes to the worker as usual.
 */
async function failWhileDown(page: Page, path: string): Promise<{ recover: () => Promise<void> }> {
  await page.addInitScript((failing) => {
    const realFetch = window.fetch.bind(window);
    const outage = { down: true };
    window.__outage = outage;
    window.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
      if (outage.down && url.pathname === failing) {
        return Promise.resolve(Response.json({ error: 'Internal Server Error' }, { status: 500 }));
      }
      return realFetch(input, init);
    };
  }, path);
  return {
    recover: () =>
      page.evaluate(() => {
        if (!window.__outage) throw new Error('The outage script is not in the page');
        window.__outage.down = false;
      }),
  };
}

test('one failing endpoint: its panel says so, Retry brings the figures back without a reload', async ({ page }) => {
  const governance = area('governance');
  const outage = await failWhileDown(page, '/api/areas/governance');
  let loads = 0;
  page.on('load', () => (loads += 1));

  await page.goto(governance.path);
  const heading = page.getByRole('heading', { level: 1, name: zhHeading(governance), exact: true });
  await expect(heading).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('数据加载失败');
  await expect(alert).toContainText('数据服务内部出错');
  await expect(alert.getByRole('button', { name: '重试', exact: true })).toBeEnabled();
  await expect(kpi(page, '村(社区)内外部挂牌总数')).toHaveCount(0);

  // The rest of the app keeps working: the nav leads to an area that loads…
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('link', { name: area('service').zh, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: zhHeading(area('service')), exact: true })).toBeVisible();
  await expect(kpi(page, '处置矛盾纠纷')).toContainText('19,941');
  await nav.getByRole('link', { name: governance.zh, exact: true }).click();
  await expect(heading).toBeVisible();
  await expect(alert.getByRole('button', { name: '重试', exact: true })).toBeEnabled();

  // …and the language switch, the failure panel included.
  await page.getByRole('button', { name: /Switch to English/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: enHeading(governance), exact: true })).toBeVisible();
  await expect(alert).toContainText('The figures could not be loaded');
  await expect(alert.getByRole('button', { name: 'Retry', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: /Switch to Chinese/ }).click();
  await expect(heading).toBeVisible();

  await outage.recover();
  const answer = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/areas/governance');
  await alert.getByRole('button', { name: '重试', exact: true }).focus();
  await page.keyboard.press('Enter');
  expect((await answer).fromServiceWorker(), 'the retry was answered by the mock service worker').toBe(true);
  await expect(kpi(page, '村(社区)内外部挂牌总数')).toContainText('4,272');
  await expect(chart(page, '村(社区)内外部挂牌总数')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The keyboard carries on from the figures Retry brought back, not from the top of the page.
  await expect(page.locator(':focus')).toContainText('数据一览');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^查看原文出处：/);
  expect(loads, 'page loads after the first').toBe(1);
});

test.describe("when the app's code cannot load", () => {
  test.use({
    expectedConsoleErrors: {
      'the blocked chunk fails to load': /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED/,
      'the app logs why it could not start': /^The dashboard could not start TypeError: Failed to fetch dynamically imported module/,
    },
  });

  test('the page says so in both languages, and Reload brings it back', async ({ page }) => {
    const governance = area('governance');
    const blockApp = (route: Route) => route.abort('internetdisconnected');
    await page.route('**/assets/main-*.js', blockApp);
    await page.goto(governance.path);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('看板未能加载');
    await expect(alert).toContainText('The dashboard could not load');
    await expect(page.getByRole('status')).toHaveCount(0);

    await page.unroute('**/assets/main-*.js', blockApp);
    await alert.getByRole('button', { name: '重新加载 · Reload' }).click();
    await expect(page.getByRole('heading', { level: 1, name: zhHeading(governance), exact: true })).toBeVisible();
    await expect(kpi(page, '村(社区)内外部挂牌总数')).toContainText('4,272');
  });
});

test.describe('when the code that checks the figures cannot load', () => {
  test.use({
    expectedConsoleErrors: {
      'the blocked chunk fails to load': /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED/,
    },
  });

  // The contract's chunk is imported afresh on Retry (shareUntilFailure): the browser fetches it again.
  test('the panel says so, and Retry brings the figures back without a reload', async ({ page }) => {
    const governance = area('governance');
    const blockContract = (route: Route) => route.abort('internetdisconnected');
    await page.route('**/assets/schemas-*.js', blockContract);
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.goto(governance.path);
    await expect(page.getByRole('heading', { level: 1, name: zhHeading(governance), exact: true })).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('网络连接失败');

    await page.unroute('**/assets/schemas-*.js', blockContract);
    await alert.getByRole('button', { name: '重试', exact: true }).click();
    await expect(kpi(page, '村(社区)内外部挂牌总数')).toContainText('4,272');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(loads, 'page loads').toBe(1);
  });
});
