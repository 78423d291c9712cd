import { area, zhHeading } from './areas';
import { useMode } from './display-modes';
import { expect, test } from './fixtures';

// A returning user of elder or dark mode, or a user whose system is dark, sees the page in that mode
// from its first paint: the static shell paints before the app's scripts have loaded (src/boot.ts), so
// the mode cannot wait for them.

const CASES = [
  { name: 'elder mode chosen before', mode: 'elder', toggle: '适老模式' },
  { name: 'dark mode chosen before', mode: 'dark', toggle: '深色模式' },
  { name: "the system's dark mode", mode: 'system dark', toggle: '深色模式' },
] as const;

for (const { name, mode, toggle } of CASES) {
  test(`${name} is on the static shell while the app's scripts are still loading`, async ({ page }) => {
    if (mode === 'system dark') await page.emulateMedia({ colorScheme: 'dark' });
    else await useMode(page, mode);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Every script of the app's own held back: what shows is the static shell of index.html alone.
    await page.route('**/assets/*.js', async (route) => {
      await held;
      await route.continue();
    });
    const governance = area('governance');
    await page.goto(governance.path, { waitUntil: 'commit' });
    await expect(page.getByText('本看板展示中共海口市委社会工作部2025年新春献词', { exact: false })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
    // The page's first paint waits for its stylesheet, which is not held: so does this look at it.
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet !== null));

    const shell = await page.evaluate(() => ({
      rootFontSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
      background: getComputedStyle(document.body).backgroundColor,
    }));
    if (mode === 'elder') expect(shell.rootFontSize, 'root font size in elder mode').toBeGreaterThanOrEqual(18);
    else expect(shell.background, 'the dark page background').toBe('rgb(18, 20, 23)');

    release();
    await expect(page.getByRole('heading', { level: 1, name: zhHeading(governance), exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: toggle, exact: true })).toHaveAttribute('aria-pressed', 'true');
  });
}
