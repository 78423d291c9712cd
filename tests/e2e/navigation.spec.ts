import { area, AREAS, APP_TITLE, OVERVIEW_TITLE, zhHeading } from './areas';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { expectMockWorkerInControl, expectOtherPagesPrepared, openWithMockApi, SHOWN_PAGE } from './support';

test('the main navigation leads to every area and back to the overview', async ({ page }) => {
  // Each area's figures may arrive before its link is clicked (pointing at a link fetches them) or after.
  const answeredByWorker = new Map<string, boolean>();
  page.on('response', (response) => answeredByWorker.set(new URL(response.url()).pathname, response.fromServiceWorker()));
  await openWithMockApi(page, '/', '/api/areas');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link')).toHaveText(['总览', ...AREAS.map((expected) => expected.zh)]);
  await expect(nav.getByRole('link', { name: '总览', exact: true })).toHaveAttribute('aria-current', 'page');

  for (const expected of AREAS) {
    await nav.getByRole('link', { name: expected.zh, exact: true }).click();

    await expect(page).toHaveURL(expected.path);
    await expect(page.getByRole('heading', { level: 1, name: zhHeading(expected), exact: true })).toBeVisible();
    await expect(page).toHaveTitle(`${expected.zh} · ${APP_TITLE}`);
    await expect(nav.getByRole('link', { name: expected.zh, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
    expect(answeredByWorker.get(`/api/areas/${expected.id}`), `${expected.id} figures came from the service worker`).toBe(true);
  }

  await nav.getByRole('link', { name: '总览', exact: true }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1, name: OVERVIEW_TITLE, exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: '按工作板块筛选' })).toBeVisible();
});

test('each overview card links to its area page', async ({ page }) => {
  await openWithMockApi(page, '/', '/api/areas');
  for (const expected of AREAS) {
    await page.getByRole('link', { name: `查看${expected.zh}详情` }).click();
    await expect(page).toHaveURL(expected.path);
    await expect(page.getByRole('heading', { level: 1, name: zhHeading(expected), exact: true })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: OVERVIEW_TITLE, exact: true })).toBeVisible();
  }
});

test.describe('an unknown address', () => {
  for (const path of ['/no-such-page', '/governance/extra']) {
    test(`${path} shows "page not found" with a way home`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: '页面未找到 Page not found', exact: true })).toBeVisible();
      await expect(page).toHaveTitle(`页面未找到 · ${APP_TITLE}`);
      // The rest of the app still works around it.
      await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();

      await page.getByRole('link', { name: '返回总览首页' }).click();
      await expect(page).toHaveURL('/');
      await expect(page.getByRole('heading', { level: 1, name: OVERVIEW_TITLE, exact: true })).toBeVisible();
      await expect(page.getByRole('region', { name: zhHeading(AREAS[0]), exact: true })).toBeVisible();
      await expectMockWorkerInControl(page);
    });
  }
});

test('an area prepared out of sight opens at once, its first chart drawn, and nothing of it showed before', async ({ page }) => {
  await openWithMockApi(page, '/governance', '/api/areas/governance');
  await expectOtherPagesPrepared(page);
  const target = area('new-sectors');
  const heading = page.getByRole('heading', { level: 1, name: zhHeading(target), exact: true });
  await expect(heading).toBeHidden();
  // Its first chart's drawing, prepared: the same element is to be shown, not drawn anew.
  const prepared = page.locator('main > .page-ready', { hasText: target.zh }).locator('.recharts-wrapper').first();
  await expect(prepared).toBeAttached();
  await prepared.evaluate((drawing) => drawing.setAttribute('data-prepared', ''));
  expect(await axeViolations(page), 'axe with the other pages prepared').toEqual([]);

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: target.zh, exact: true }).click();

  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(`${target.zh} · ${APP_TITLE}`);
  await expect(page.locator('[data-prepared]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});

test('the page just left rests out of sight, taking no room, and opens again at once as it was', async ({ page }) => {
  await openWithMockApi(page, '/governance', '/api/areas/governance');
  await expectOtherPagesPrepared(page);
  const left = area('governance');
  const leftHeading = page.getByRole('heading', { level: 1, name: zhHeading(left), exact: true });
  const figure = page.locator(SHOWN_PAGE).getByRole('figure').first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.recharts-wrapper')).toBeVisible();
  await figure.locator('.recharts-wrapper').evaluate((drawing) => drawing.setAttribute('data-drawn-here', ''));
  // Idle callbacks wait from here until the test runs them: the page left rests until the browser is
  // idle (src/app/use-pages.ts), then is laid out as the other pages kept ready, which take no room.
  await page.evaluate(() => {
    const waiting: IdleRequestCallback[] = [];
    Object.assign(window, { idleWaiting: waiting });
    window.requestIdleCallback = (callback) => waiting.push(callback);
  });
  const runIdleCallbacks = () =>
    page.evaluate(() => {
      const waiting = (window as unknown as { idleWaiting: IdleRequestCallback[] }).idleWaiting;
      for (const callback of waiting.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
    });
  // Below the page shown: the main region's end, then the footer.
  const roomBelow = async () => {
    const shown = await page.locator(SHOWN_PAGE).boundingBox();
    const footer = await page.getByRole('contentinfo').boundingBox();
    if (!shown || !footer) throw new Error('The page shown or the footer has no box');
    return footer.y - (shown.y + shown.height);
  };
  const nav = page.getByRole('navigation', { name: '主导航' });

  await nav.getByRole('link', { name: area('new-sectors').zh, exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: zhHeading(area('new-sectors')), exact: true })).toBeFocused();
  await expect(leftHeading).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const resting = await roomBelow();
  await runIdleCallbacks();
  await expect(page.locator('main > [hidden]')).toHaveCount(0);
  expect(await roomBelow()).toBeCloseTo(resting, 0);

  await nav.getByRole('link', { name: left.zh, exact: true }).click();

  await expect(leftHeading).toBeFocused();
  await expect(page.locator('[data-drawn-here]')).toBeVisible();

  // Left and opened again while it rests: shown as it was all the same.
  await nav.getByRole('link', { name: area('new-sectors').zh, exact: true }).click();
  await expect(leftHeading).toBeHidden();
  await expect(page.locator('main > [hidden]')).toHaveCount(1);
  await nav.getByRole('link', { name: left.zh, exact: true }).click();

  await expect(leftHeading).toBeFocused();
  await expect(page.locator('[data-drawn-here]')).toBeVisible();
});
