import { OVERVIEW, ROUTES } from './areas';
import { axeViolations } from './axe';
import { openLoaded, SEVERAL_PAGES_MS, useMode, WIDTHS } from './display-modes';
import { expect, test } from './fixtures';
import { expectChartsDrawn } from './support';

test.describe.configure({ timeout: SEVERAL_PAGES_MS });

for (const mode of ['light', 'dark', 'elder'] as const) {
  for (const route of ROUTES) {
    test(`axe finds no WCAG 2.2 AA violations on ${route.path} in ${mode} mode, wide and narrow`, async ({ page }) => {
      await useMode(page, mode);
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      await openLoaded(page, route, mode);
      // What opens on demand is checked too: one source sentence and, where the page has charts, one chart's table.
      const source = page.getByRole('button', { name: /^查看原文出处：/ }).first();
      await source.click();
      await expect(source).toHaveAttribute('aria-expanded', 'true');
      if (route.charts > 0) {
        const table = page.getByRole('button', { name: '以表格查看', exact: true }).first();
        await table.click();
        await expect(page.getByRole('table').first()).toBeVisible();
      }

      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await expectChartsDrawn(page);
        expect(await axeViolations(page), `axe at ${width}px`).toEqual([]);
      }
    });
  }
}

test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
  await openLoaded(page, OVERVIEW, 'light');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要内容', exact: true });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => {
    const main = document.querySelector('main');
    return Boolean(main && document.activeElement && document.activeElement !== main && main.contains(document.activeElement));
  });
  expect(inMain, 'the next Tab stop is inside the main content').toBe(true);
});

interface FocusStop {
  name: string;
  indicator: boolean;
  /** Contrast of the focus outline against what surrounds it (lowest of the four sides on screen). */
  contrast: number;
}

/** The focused element, whether it shows a focus indicator, and how well the outline stands out from what is behind it. */
function describeFocus(): FocusStop | null {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const name = `${element.localName} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
  const style = getComputedStyle(element);
  const outlineWidth = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
  const indicator = outlineWidth > 0 || style.boxShadow !== 'none';

  const parse = (color: string): [number, number, number, number] => {
    const parts = color.match(/[\d.]+/g)?.map(Number) ?? [];
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const luminance = ([r, g, b]: number[]) => {
    const channel = (value = 0) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const backgroundOf = (start: Element | null): number[] => {
    for (let node = start; node; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color[3] > 0.5) return color;
    }
    return [255, 255, 255, 1];
  };
  if (outlineWidth === 0) return { name, indicator, contrast: Infinity };

  const box = element.getBoundingClientRect();
  const ring = parseFloat(style.outlineOffset) + outlineWidth / 2;
  const points = [
    [box.left - ring, box.top + box.height / 2],
    [box.right + ring, box.top + box.height / 2],
    [box.left + box.width / 2, box.top - ring],
    [box.left + box.width / 2, box.bottom + ring],
  ].filter(([x = -1, y = -1]) => x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight);
  const outline = luminance(parse(style.outlineColor));
  const contrasts = points.map(([x = 0, y = 0]) => {
    const behind = document.elementsFromPoint(x, y).find((other) => other !== element && !element.contains(other)) ?? null;
    const around = luminance(backgroundOf(behind));
    return (Math.max(outline, around) + 0.05) / (Math.min(outline, around) + 0.05);
  });
  return { name, indicator, contrast: contrasts.length ? Math.min(...contrasts) : Infinity };
}

for (const mode of ['light', 'dark'] as const) {
  test(`every Tab stop shows a focus indicator that stands out (${mode} mode)`, async ({ page }) => {
    await useMode(page, mode);
    const problems: string[] = [];
    for (const route of ROUTES) {
      await openLoaded(page, route, mode);
      let first = '';
      let stops = 0;
      // From the top of the page round to where focus leaves the page or comes back to the first stop.
      for (; stops < 300; stops += 1) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(describeFocus);
        if (!stop || stop.name === first) break;
        first ||= stop.name;
        if (!stop.indicator) problems.push(`${route.path}: ${stop.name} has no focus indicator`);
        else if (stop.contrast < 3) problems.push(`${route.path}: ${stop.name} focus outline contrast ${stop.contrast.toFixed(2)}:1`);
      }
      expect(stops, `Tab stops on ${route.path}`).toBeGreaterThan(10);
    }
    expect(problems).toEqual([]);
  });
}
