import type { Locator, Page } from '@playwright/test';
import { ROUTES } from './areas';
import { expect } from './fixtures';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A KPI card, found by the start of its heading ("村(社区)" must not also match "调整升格村(社区)党委"). */
export function kpi(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('article', { name: new RegExp(`^${escapeRegExp(label)}(\\s|$)`) });
}

/**
 * Opens a route and checks its figures came from the mock API in the service worker:
 * the API answer was served by the worker and the worker controls the page.
 */
export async function openWithMockApi(page: Page, path: string, apiPath: string): Promise<void> {
  const apiResponse = page.waitForResponse((response) => new URL(response.url()).pathname === apiPath);
  await page.goto(path);
  const response = await apiResponse;
  expect(response.status(), `${apiPath} status`).toBe(200);
  expect(response.fromServiceWorker(), `${apiPath} was answered by the service worker`).toBe(true);
  await expectMockWorkerInControl(page);
}

export async function expectMockWorkerInControl(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null), {
      message: 'the mock service worker controls the page',
    })
    .toMatch(/\/mock-api-worker\.js$/);
}

/** The page is no wider than the window: nothing makes a phone user scroll sideways. */
export async function pageWidth(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth };
  });
}

/** The charts on the page (a source sentence's figure has no export buttons, so it is not one). */
export function charts(page: Page): Locator {
  return page
    .getByRole('main')
    .getByRole('figure')
    .filter({ has: page.getByRole('button', { name: /PNG/ }) });
}

/**
 * The page has the charts its route should (ROUTES), and every one is drawn. Each is scrolled to, as
 * a reader would: a chart may wait to be drawn until it nears the screen.
 */
export async function expectChartsDrawn(page: Page): Promise<void> {
  const { pathname } = new URL(page.url());
  const route = ROUTES.find((candidate) => candidate.path === pathname);
  if (!route) throw new Error(`No expected charts for ${pathname}`);
  if (route.charts === 0) {
    // None to wait for: the page's last part (an area page's milestones) shows that it is all there.
    await expect(page.getByRole('region', { name: /^(大事记与荣誉|Milestones and honours)/ })).toBeVisible();
  }
  await expect(charts(page)).toHaveCount(route.charts);
  for (const figure of await charts(page).all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.getByRole('application').first()).toBeVisible();
  }
  await expect(page.getByRole('main').getByRole('application')).toHaveCount(route.drawings);
}

/** The page on screen: the others are kept ready (`.page-ready`) or hidden (src/app/page-switch.tsx). */
export const SHOWN_PAGE = 'main > div:not([hidden]):not(.page-ready)';

/**
 * The nav's three other pages are prepared out of sight (src/app/use-pages.ts), each with its figures
 * loaded: the app's background work, which fetches their data, is done.
 */
export async function expectOtherPagesPrepared(page: Page): Promise<void> {
  const ready = page.locator('main > .page-ready');
  await expect(ready).toHaveCount(3, { timeout: 30_000 });
  for (const other of await ready.all()) await expect(other.locator('section').first()).toBeAttached();
}

/** A chart, found by the start of its title (its name goes on with the title in the other language). */
export function chart(scope: Page | Locator, title: string): Locator {
  return scope.getByRole('figure', { name: new RegExp(`^${escapeRegExp(title)}(\\s|$)`) });
}
