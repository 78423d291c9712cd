import { ROUTES } from './areas';
import { openLoaded, SEVERAL_PAGES_MS, useMode, WIDTHS } from './display-modes';
import { expect, test } from './fixtures';
import { chart, expectChartsDrawn, pageWidth } from './support';

// Large text, zoomed text, reduced motion and the keyboard in a chart: what older users and users of
// assistive settings meet beyond what axe checks (a11y.spec.ts).

test.describe.configure({ timeout: SEVERAL_PAGES_MS });

test('elder mode: large text, no text under 18 px, and every control is at least 44 × 44 px', async ({ page }) => {
  await useMode(page, 'elder');
  const small: string[] = [];
  const smallText = new Set<string>();
  for (const route of ROUTES) {
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await openLoaded(page, route, 'elder');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await expectChartsDrawn(page);
      const rootSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(rootSize, 'root font size in elder mode').toBeGreaterThanOrEqual(18);
      // Every text a reader sees, the secondary lines too (before → after, units, notes, glosses, the footer).
      const texts = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          const text = node.textContent?.trim();
          if (!element || !text || element.closest('.visually-hidden, noscript')) continue;
          if (!element.checkVisibility({ visibilityProperty: true })) continue;
          const size = parseFloat(getComputedStyle(element).fontSize);
          if (size < 18) found.push(`${element.localName}.${element.getAttribute('class') ?? '-'} "${text.slice(0, 24)}" ${size}px`);
        }
        return found;
      });
      for (const text of texts) smallText.add(`${route.path}: ${text}`);
      const targets = await page.evaluate(async () => {
        const found: { name: string; width: number; height: number }[] = [];
        for (const element of document.querySelectorAll('button, a[href], input[type="checkbox"], select')) {
          const style = getComputedStyle(element);
          if (style.display === 'none' || style.visibility === 'hidden' || element.closest('[hidden]')) continue;
          // A link inside running text is exempt (WCAG 2.5.8); none is expected, but such a link may stay small.
          if (element.localName === 'a' && style.display === 'inline' && element.closest('p')) continue;
          // A control far off screen is not laid out (content-visibility: auto): measured as a reader
          // meets it, scrolled to, once the browser has drawn it.
          if (!element.checkVisibility({ contentVisibilityAuto: true })) {
            element.scrollIntoView({ block: 'center' });
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          }
          // Clicking a checkbox's label ticks it: the label is its target.
          const target = element.localName === 'input' ? (element.closest('label') ?? element) : element;
          const box = target.getBoundingClientRect();
          const name = `${element.localName} "${(element.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 40)}"`;
          found.push({ name, width: box.width, height: box.height });
        }
        return found;
      });
      expect(targets.length).toBeGreaterThan(5);
      for (const target of targets) {
        if (target.width < 44 || target.height < 44) {
          small.push(`${route.path} at ${width}px: ${target.name} is ${target.width.toFixed(1)} × ${target.height.toFixed(1)}`);
        }
      }
    }
  }
  expect(small).toEqual([]);
  expect([...smallText], 'text under 18 px in elder mode').toEqual([]);
});

test('text at 200 % does not make the page scroll sideways at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const route of ROUTES) {
    await openLoaded(page, route, 'light');
    const doubled = await page.evaluate(() => {
      const root = document.documentElement;
      const base = parseFloat(getComputedStyle(root).fontSize);
      root.style.fontSize = `${base * 2}px`;
      return base * 2;
    });
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.evaluate((node) => parseFloat(getComputedStyle(node).fontSize))).toBeGreaterThanOrEqual(doubled);
    await expectChartsDrawn(page);
    const { scrollWidth, innerWidth } = await pageWidth(page);
    expect(scrollWidth, `page width on ${route.path} at 200 % text`).toBeLessThanOrEqual(innerWidth);
  }
});

test('with reduced motion nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const route of ROUTES) {
    await openLoaded(page, route, 'light');
    const moving = await page.evaluate(() => ({
      animations: document.getAnimations().length,
      animated: [...document.querySelectorAll('*')]
        .filter((element) => {
          const style = getComputedStyle(element);
          const durations = `${style.transitionDuration},${style.animationDuration}`.split(',');
          return style.animationName !== 'none' || durations.some((duration) => parseFloat(duration) > 0);
        })
        .map((element) => element.localName + (element.className ? `.${String(element.className)}` : '')),
    }));
    expect(moving, `motion on ${route.path}`).toEqual({ animations: 0, animated: [] });
  }
});

test('a chart reached by keyboard shows each value in a tooltip as the arrow keys move', async ({ page }) => {
  await page.goto('/governance');
  const figure = chart(page, '村(社区)内外部挂牌总数');
  await figure.scrollIntoViewIfNeeded();
  const plot = figure.getByRole('application');
  await expect(plot).toBeVisible();
  // Each value is written beside its bar; the tooltip writes the selected row's values a second time.
  const before = figure.getByText('此前 9,472 块', { exact: true });
  await expect(before).toHaveCount(1);
  // The tooltip's code loads on this first focus; the arrow key then selects the first row.
  await plot.focus();
  await expect(plot).toBeFocused();
  await expect(async () => {
    await page.keyboard.press('ArrowRight');
    await expect(before).toHaveCount(2, { timeout: 1_000 });
  }).toPass();
  await expect(figure.getByText('2024年 4,272 块', { exact: true })).toHaveCount(2);
});
