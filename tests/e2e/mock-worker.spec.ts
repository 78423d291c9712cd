import { area } from './areas';
import { expect, test } from './fixtures';
import { expectMockWorkerInControl, kpi, openWithMockApi } from './support';

declare global {
  interface Window {
    /** Set by an init script: whether a service worker controlled this document as it started. */
    __controlledAtStart?: boolean;
  }
}

test('after a hard reload, which bypasses service workers, the figures still come from the mock API', async ({ page }) => {
  const governance = area('governance');
  await openWithMockApi(page, governance.path, '/api/areas/governance');
  await page.addInitScript(() => {
    window.__controlledAtStart = navigator.serviceWorker.controller !== null;
  });

  // What Ctrl+Shift+R does: reload without the cache, and without the page's service worker.
  const answer = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/areas/governance');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.reload', { ignoreCache: true });

  expect((await answer).fromServiceWorker(), 'the reloaded page asked the mock API in the worker').toBe(true);
  expect(await page.evaluate(() => window.__controlledAtStart), 'the reloaded page started without a worker').toBe(false);
  await expectMockWorkerInControl(page);
  await expect(kpi(page, '村(社区)内外部挂牌总数')).toContainText('4,272');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
