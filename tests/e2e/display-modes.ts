import type { Page } from '@playwright/test';
import type { ExpectedRoute } from './areas';
import { expect } from './fixtures';
import { expectChartsDrawn } from './support';

/** An office PC's window and a phone. */
export const WIDTHS = [1280, 412] as const;
/** Each check walks several pages or runs axe twice: more than the default 30 s on a busy 2-core runner. */
export const SEVERAL_PAGES_MS = 90_000;

export type Mode = 'light' | 'dark' | 'elder';

/** The display mode as a returning user would have it: remembered in localStorage before the page loads. */
export async function useMode(page: Page, mode: Mode): Promise<void> {
  await page.addInitScript((chosen) => {
    window.localStorage.setItem('haikou-dashboard.theme', chosen === 'dark' ? 'dark' : 'light');
    window.localStorage.setItem('haikou-dashboard.elder', chosen === 'elder' ? 'on' : 'off');
  }, mode);
}

/** Opens a route in a mode and waits until its figures and charts are drawn. */
export async function openLoaded(page: Page, route: ExpectedRoute, mode: Mode): Promise<void> {
  await page.goto(route.path);
  await expect(page.getByRole('heading', { level: 1, name: route.heading, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '深色模式', exact: true })).toHaveAttribute('aria-pressed', String(mode === 'dark'));
  await expect(page.getByRole('button', { name: '适老模式', exact: true })).toHaveAttribute('aria-pressed', String(mode === 'elder'));
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  await expectChartsDrawn(page);
}
