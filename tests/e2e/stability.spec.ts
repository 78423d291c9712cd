import { ROUTES } from './areas';
import { expect, test } from './fixtures';

/** A desktop a chart reaches the first screen on (Lighthouse's desktop size), and Lighthouse's phone. */
const VIEWPORTS = [
  { width: 1350, height: 940 },
  { width: 412, height: 823 },
];

interface Shift {
  value: number;
  sources: string[];
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const route of ROUTES) {
      test(`${route.path}: nothing on the first screen moves while the page loads`, async ({ page }) => {
        await page.addInitScript(() => {
          const shifts: Shift[] = [];
          Object.assign(window, { layoutShifts: shifts });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
              if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: entry.sources.map((source) => (source.node as Element | undefined)?.className ?? '?') });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(route.path);
        await expect(page.getByRole('heading', { level: 1, name: route.heading, exact: true })).toBeVisible();
        await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        // Two frames, so a shift from the last render is reported.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
        expect(shifts, 'layout shifts (value, moved elements)').toEqual([]);
      });
    }
  });
}
