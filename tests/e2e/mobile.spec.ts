import { expect, test } from './fixtures';
import { expectChartsDrawn, pageWidth } from './support';

const PHONE_WIDTH = 412;

test.use({ viewport: { width: PHONE_WIDTH, height: 915 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2.625 });

const routes = ['/', '/new-sectors', '/governance', '/service'];

for (const lang of ['zh', 'en'] as const) {
  for (const route of routes) {
    test(`${route} in ${lang} fits a ${PHONE_WIDTH}px phone without sideways scrolling`, async ({ page }) => {
      await page.goto(`${route}?lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Wait for the data and every chart to be drawn: they are what could push the page wider.
      await expect(page.getByRole('article').first()).toBeVisible();
      await expectChartsDrawn(page);

      const { scrollWidth, innerWidth } = await pageWidth(page);
      // A phone zooms out to fit a too-wide page, which widens innerWidth too: hold both to the phone's width.
      expect(scrollWidth, `page width on ${route} (${lang})`).toBeLessThanOrEqual(PHONE_WIDTH);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(innerWidth, 'the phone did not zoom out').toBe(PHONE_WIDTH);
    });
  }
}
