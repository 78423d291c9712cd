import { area, zhHeading } from './areas';
import { expect, test } from './fixtures';
import { charts, expectChartsDrawn } from './support';

interface DrawLog {
  /** How many charts appeared in each batch of DOM changes that added any. */
  batches: number[];
}

const governance = area('governance');

// A screen tall enough that several charts come near it at once, on load.
test.use({ viewport: { width: 1280, height: 2400 } });

test('charts that come into view together are drawn one at a time', async ({ page }) => {
  await page.addInitScript(() => {
    const log: DrawLog = { batches: [] };
    Object.assign(window, { drawLog: log });
    let seen = 0;
    // One callback per batch of mutations: charts committed by one render arrive in the same batch.
    new MutationObserver(() => {
      const drawn = document.querySelectorAll('main [role="application"]').length;
      if (drawn > seen) log.batches.push(drawn - seen);
      seen = drawn;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(governance.path);
  await expect(page.getByRole('heading', { level: 1, name: zhHeading(governance), exact: true })).toBeVisible();
  await expectChartsDrawn(page);

  const total = await charts(page).count();
  const { batches } = await page.evaluate(() => (window as unknown as { drawLog: DrawLog }).drawLog);
  expect(total).toBeGreaterThan(2);
  expect(batches, 'charts drawn per batch of DOM changes').toEqual(Array.from({ length: total }, () => 1));
});
