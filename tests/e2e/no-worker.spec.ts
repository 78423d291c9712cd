import type { Page } from '@playwright/test';
import { ROUTES, area } from './areas';
import { expect, test } from './fixtures';
import { kpi, SHOWN_PAGE } from './support';

// This machine under a name that is not localhost: a page opened by it over plain HTTP is not a secure
// context, and browsers give such a page no service workers at all, as on an intranet server reached
// by its address.
const INTRANET = 'dashboard.intranet';

/** The page's requests that went out to the network for the API: none when the mock API answers in the page. */
function apiRequestsOnTheNetwork(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) seen.push(request.url());
  });
  return seen;
}

/** What a page without the mock API's worker must still show: its figures, with nothing gone wrong. */
async function expectFiguresWithoutWorker(page: Page, path: string): Promise<void> {
  const onTheNetwork = apiRequestsOnTheNetwork(page);
  await page.goto(path);
  await expect(kpi(page, '村(社区)内外部挂牌总数')).toContainText('4,272');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), 'no service worker controls the page').toBeNull();
  expect(onTheNetwork, 'API requests that reached the network').toEqual([]);
}

test.describe('where the page can have no service worker, the mock API answers in the page', () => {
  test.describe('service workers blocked by the browser', () => {
    test.use({ serviceWorkers: 'block' });

    test('the figures show, and every route has them', async ({ page }) => {
      await expectFiguresWithoutWorker(page, area('governance').path);
      for (const route of ROUTES) {
        await page.goto(route.path);
        await expect(page.getByRole('heading', { level: 1, name: route.heading, exact: true })).toBeVisible();
        await expect(page.locator(SHOWN_PAGE).getByRole('article').first()).toBeVisible();
        await expect(page.getByRole('alert')).toHaveCount(0);
      }
    });
  });

  test.describe('opened over plain HTTP at a network address, as on an intranet server', () => {
    test('the figures show', async ({ page, baseURL }) => {
      const intranet = new URL(baseURL ?? '');
      intranet.hostname = INTRANET;
      // The preview server answers only to its own name (Vite's host check): it is asked by that name.
      await page.route(
        (url) => url.hostname === INTRANET,
        (route) => route.continue({ url: Object.assign(new URL(route.request().url()), { hostname: 'localhost' }).href }),
      );
      await page.goto(intranet.href);
      expect(await page.evaluate(() => [window.isSecureContext, 'serviceWorker' in navigator]), 'a secure context, service workers').toEqual([false, false]);
      await expectFiguresWithoutWorker(page, new URL(area('governance').path, intranet).href);
    });
  });
});
